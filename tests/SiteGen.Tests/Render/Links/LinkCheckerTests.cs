using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Render.Links;

namespace SiteGen.Tests.Render.Links;

public sealed class LinkCheckerTests
{
    private static readonly HashSet<string> Output =
        ["index.html", "articles/trust/index.html", "css/site.0a1b2c3d.css", "images/door.png", "404.html"];

    private static IReadOnlyList<ContentError> Check(params CheckedPage[] pages)
    {
        var errors = new ErrorList();
        LinkChecker.Check(pages, Output, "/help/", errors);
        return errors.Sorted();
    }

    private static CheckedPage Page(string html, string output = "articles/trust/index.html") =>
        CheckedPage.Of(output, html, "themes/default/layouts/article.html", "articles/trust.md", new CompactText("<p>body</p>"));

    [Fact]
    public void Links_to_written_files_and_folders_with_an_index_pass()
    {
        var errors = Check(Page("""
            <a href="/help/">home</a> <a href="/help/articles/trust/#faq">faq</a> <a href="/help/articles/trust">no slash</a>
            <link rel="stylesheet" href="/help/css/site.0a1b2c3d.css"> <img src="/help/images/door.png" alt="">
            <a href="https://example.net/x">out</a> <a href="tel:+15550100">call</a> <a href="#top">top</a> <a href="../trust/">relative</a>
            """));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_broken_link_of_the_theme_is_reported_once_at_the_first_layout_naming_the_pages()
    {
        var errors = Check(Page("<a href=\"/help/topics/\">topics</a>"),
            Page("<a href=\"/help/topics/\">topics</a>", "index.html") with { LayoutFile = "themes/default/layouts/list.html" });

        var error = Assert.Single(errors);
        Assert.Equal("themes/default/layouts/article.html", error.File);
        Assert.Contains("'/help/topics/'", error.Message);
        Assert.Contains("articles/trust/index.html and 1 other page(s)", error.Message);
    }

    [Fact]
    public void A_root_link_that_misses_the_base_path_is_broken()
    {
        var error = Assert.Single(Check(Page("<a href=\"/articles/trust/\">trust</a>")));

        Assert.Contains("outside the site's base path /help/", error.Message);
    }

    [Fact]
    public void A_broken_link_in_the_body_is_blamed_on_the_content_file()
    {
        var page = CheckedPage.Of("articles/trust/index.html", "<main><p><a href=\"/help/articles/gone/\">gone</a></p></main>",
            "themes/default/layouts/article.html", "articles/trust.md", new CompactText("<p><a href=\"/help/articles/gone/\">gone</a></p>"));

        Assert.Equal("articles/trust.md", Assert.Single(Check(page)).File);
    }

    [Fact]
    public void A_broken_link_set_in_the_settings_is_blamed_on_the_settings_file_at_its_line()
    {
        var errors = new ErrorList();
        LinkChecker.Check([Page("<a href=\"/help/contact/\">contact</a>")], Output, "/help/", errors,
            new Dictionary<string, SettingLocation> { ["/help/contact/"] = new("content/site.yml", 7, 12) });

        var error = Assert.Single(errors.Sorted());
        Assert.Equal(("content/site.yml", 7, 12), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Escaped_ampersands_and_percent_escapes_are_decoded_before_checking()
    {
        Assert.Empty(Check(Page("<a href=\"/help/articles/%74rust/?a=1&amp;b=2\">x</a>")));
    }
}
