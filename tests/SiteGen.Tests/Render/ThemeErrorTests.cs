using SiteGen.Model;

namespace SiteGen.Tests.Render;

/// <summary>Themes that extend the default one with a single broken or extra file, and what the build says.</summary>
public sealed class ThemeErrorTests : IDisposable
{
    private readonly TempFolder _themes = new();

    public void Dispose() => _themes.Dispose();

    private RenderedSite RenderWith(string file, string text, IReadOnlyList<Page>? pages = null)
    {
        _themes.Write("child/theme.yml", "name: child\nextends: default\n").Write("child/" + file, text);
        var site = RenderSamples.Site(RenderSamples.Config(), [RenderSamples.Article("a", 1), RenderSamples.Article("b", 2)], pages);
        return RenderedSite.Of(site, "child", _themes.Root);
    }

    [Fact]
    public void A_misspelt_variable_fails_at_the_templates_line_and_column_once()
    {
        var site = RenderWith("layouts/article.html", "<article>\n  <h1>{{ article.titel }}</h1>\n</article>\n");

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("child/layouts/article.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.InRange(error.Column, 7, 22);
        Assert.Contains("titel", error.Message);
        Assert.False(site.Has("articles/a/index.html"));
    }

    [Fact]
    public void Every_misspelt_name_of_a_layout_is_reported_in_one_build_each_once()
    {
        var site = RenderWith("layouts/article.html", "<article>\n  <h1>{{ article.titel }}</h1>\n  {{ artcle.body }}\n  <p>{{ article.autor }}</p>\n</article>\n");

        var errors = site.Errors.OrderBy(e => e.Line).ToList();
        Assert.Equal([2, 3, 4], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.EndsWith("child/layouts/article.html", e.File));
        Assert.Contains("`titel`", errors[0].Message);
        Assert.EndsWith("did you mean `title`?", errors[0].Message);
        Assert.Contains("`artcle`", errors[1].Message);
        Assert.EndsWith("did you mean `article`?", errors[1].Message);
        Assert.EndsWith("did you mean `author`?", errors[2].Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_template()
    {
        var site = RenderWith("layouts/page.html", "<h1>{{ document.title }}</h1>\n{{ if document.body }}\n<p>never closed</p>\n");

        Assert.NotEmpty(site.Errors);
        Assert.All(site.Errors, e => Assert.EndsWith("child/layouts/page.html", e.File));
        Assert.False(site.Has("about/index.html"));
    }

    [Fact]
    public void A_missing_partial_is_reported_where_it_is_included_with_the_files_tried()
    {
        var site = RenderWith("layouts/topics.html", "<h1>Topics</h1>\n{{ include \"topic-cloud\" }}\n");

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("child/layouts/topics.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("child/partials/topic-cloud.html", error.Message);
        Assert.Contains("default/partials/topic-cloud.html", error.Message);
    }

    [Fact]
    public void A_layout_a_page_asks_for_that_no_theme_has_is_reported_at_the_page()
    {
        var site = RenderWith("partials/unused.html", "", [RenderSamples.Page("about"), RenderSamples.Page("contact", layout: "form")]);

        var error = Assert.Single(site.Errors);
        Assert.Equal("pages/contact.md", error.File);
        Assert.Contains("layout 'form' not found; tried: ", error.Message);
        Assert.Contains("child/layouts/form.html", error.Message);
        Assert.Contains("default/layouts/form.html", error.Message);
    }

    [Fact]
    public void A_broken_link_made_by_a_layout_names_the_layout()
    {
        var site = RenderWith("layouts/404.html", "<section class=\"not-found\"><h1>Lost</h1><a href=\"{{ site.base_path }}help-me/\">help</a></section>\n");

        var error = Assert.Single(site.Errors);
        Assert.EndsWith("child/layouts/404.html", error.File);
        Assert.Contains("/help/help-me/", error.Message);
        Assert.Contains("404.html", error.Message);
    }

    [Fact]
    public void A_search_layout_adds_the_search_page_and_the_search_box_on_every_page()
    {
        var site = RenderWith("layouts/search.html", "<h1>Search</h1>\n");

        Assert.Empty(site.Errors);
        Assert.True(site.Has("search/index.html"));
        var form = site.Html("articles/a/index.html").QuerySelector("header form.search-box[role=search]")!;
        Assert.Equal("/help/search/", form.GetAttribute("action"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
    }
}
