using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Broken sites: each error is reported at its file, line and column, all of them in one run, and nothing is written.</summary>
public class BuildErrorTests
{
    private static ContentError SingleError(SiteFixture site, string path)
    {
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        return Assert.Single(site.ErrorsIn(path));
    }

    private static void AssertError(ContentError error, int line, int column, string messagePart)
    {
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(messagePart, error.Message);
    }

    [Fact]
    public void Malformed_yaml()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "---\ntitle: A\ndate: 2025-01-01\ntopics: [trust\n---\n"));
        AssertError(SingleError(site, "content/articles/a.md"), 5, 1, "invalid YAML");
    }

    [Fact]
    public void Front_matter_not_closed()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "---\ntitle: A\ndate: 2025-01-01\n\nBody.\n"));
        AssertError(SingleError(site, "content/articles/a.md"), 1, 1, "front matter is not closed");
    }

    [Fact]
    public void Missing_title_and_missing_date()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "---\ndate: 2025-01-01\n---\n"), ("content/articles/b.md", "---\ntitle: B\n---\n"));
        site.Build();
        AssertError(Assert.Single(site.ErrorsIn("content/articles/a.md")), 1, 1, "'title' is missing");
        AssertError(Assert.Single(site.ErrorsIn("content/articles/b.md")), 1, 1, "'date' is missing");
    }

    [Fact]
    public void A_document_with_an_error_is_still_a_link_target()
    {
        using var site = SiteFixture.Create(
            ("content/articles/amends.md", "---\ntitle:\ndate: 2025-01-01\n---\n\nBody.\n"),
            SiteFixture.Article("trust", "See [making amends](amends.md) and [gone](gone.md)."));
        site.Build();

        Assert.Single(site.ErrorsIn("content/articles/amends.md"));
        var error = Assert.Single(site.ErrorsIn("content/articles/trust.md"));
        Assert.Contains("gone.md", error.Message);
    }

    [Fact]
    public void A_document_with_a_front_matter_error_reports_its_link_errors_in_the_same_run()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "---\ntitle:\ndate: 2025-01-01\n---\n\nSee [gone](gone.md) and ![](none.png).\n"));
        site.Build();

        var errors = site.ErrorsIn("content/articles/a.md");
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Line == 1 && e.Message.Contains("title"));
        Assert.Contains(errors, e => (e.Line, e.Column) == (6, 5) && e.Message.Contains("gone.md"));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("none.png"));
    }

    [Fact]
    public void A_theme_put_in_the_content_folder_is_reported_at_the_theme_line_with_where_it_goes()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\ntheme: mine\n"),
            ("content/themes/mine/theme.yml", "name: Mine\nextends: default\n"), SiteFixture.Article("a"));
        site.Build();

        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Contains("inside the content folder", error.Message);
        Assert.EndsWith("move it to " + SiteGen.Diagnostics.SourcePath.Display(Path.Combine(site.Root, "themes", "mine")), error.Message);
    }

    [Fact]
    public void A_theme_not_found_is_reported_at_the_theme_line()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\ntheme: nowhere\n"), SiteFixture.Article("a"));
        site.Build();

        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.StartsWith("theme 'nowhere' not found; tried: ", error.Message);
    }

    [Fact]
    public void A_bad_date()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "---\ntitle: A\ndate: March 3rd\n---\n"));
        AssertError(SingleError(site, "content/articles/a.md"), 3, 7, "'date' is not a date: 'March 3rd'");
    }

    [Fact]
    public void Duplicate_slugs_name_both_files()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "slug: same"), SiteFixture.Article("b", frontMatter: "slug: same"));
        var error = SingleError(site, "content/articles/b.md");
        AssertError(error, 4, 7, "duplicate slug 'same'");
        Assert.Contains(SourcePath.Display(site.Full("content/articles/a.md")), error.Message);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\\\b")]
    [InlineData("../up")]
    public void A_slug_that_is_not_one_folder(string slug)
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: $"slug: \"{slug}\""));
        AssertError(SingleError(site, "content/articles/a.md"), 4, 7, "slug");
    }

    [Fact]
    public void An_faq_entry_without_an_answer()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "faq:\n  - q: Why?"));
        AssertError(SingleError(site, "content/articles/a.md"), 5, 5, "FAQ entry 'Why?' has no answer");
    }

    [Fact]
    public void A_link_to_an_article_that_does_not_exist()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "Intro.\n\nRead [this](missing.md#part)."));
        AssertError(SingleError(site, "content/articles/a.md"), 8, 6, "link to missing article 'missing.md#part'");
    }

    [Fact]
    public void A_missing_image()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "![A photo](images/gone.png)"));
        AssertError(SingleError(site, "content/articles/a.md"), 6, 1, "missing image 'images/gone.png'");
    }

    [Fact]
    public void A_file_that_is_not_utf8()
    {
        using var site = SiteFixture.Create();
        site.WriteBytes("content/articles/a.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\ndate: 2025-01-01\n---\n"u8]);
        AssertError(SingleError(site, "content/articles/a.md"), 2, 11, "not valid UTF-8");
    }

    [Fact]
    public void An_empty_file()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", ""));
        AssertError(SingleError(site, "content/articles/a.md"), 1, 1, "file is empty");
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused()
    {
        using var site = SiteFixture.Create();
        var big = new byte[10 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        site.WriteBytes("content/articles/a.md", big);
        AssertError(SingleError(site, "content/articles/a.md"), 1, 1, "file is 10.0 MB; Markdown and YAML sources are limited to 5 MB");
    }

    [Fact]
    public void A_layout_that_no_theme_has()
    {
        using var site = SiteFixture.Create(("content/pages/about.md", "---\ntitle: About\nlayout: no-such-layout\n---\n"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("no-such-layout"));
    }

    [Fact]
    public void An_error_inside_a_template_is_reported_at_the_template()
    {
        using var site = SiteFixture.Create(
            ("content/site.yml", "title: T\nbase_url: https://example.org/\ntheme: broken\n"),
            ("themes/broken/theme.yml", "name: Broken\nextends: default\n"),
            ("themes/broken/layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ page.no_such_member.deeper }}</p>\n"),
            ("content/pages/about.md", "---\ntitle: About\n---\n"));
        site.Build();
        var error = Assert.Single(site.ErrorsIn("themes/broken/layouts/page.html"));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Every_error_of_the_site_is_reported_in_one_run()
    {
        using var site = SiteFixture.Create(
            ("content/articles/a.md", "---\ntitle: A\n---\n"),
            ("content/articles/b.md", "---\ntitle: B\ndate: soon\n---\n"),
            SiteFixture.Article("c", "[x](nope.md)"),
            ("content/articles/d.md", ""));
        var result = site.Build();

        Assert.Equal(
            ["a.md:1:1", "b.md:3:7", "c.md:6:1", "d.md:1:1"],
            result.Errors.Where(e => e.File.Contains("/articles/")).Select(e => $"{Path.GetFileName(e.File)}:{e.Line}:{e.Column}"));
        Assert.False(Directory.Exists(site.Output));
    }
}
