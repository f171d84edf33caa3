using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse.Markdown;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>Heading ids never repeat the theme's own ids, and many identical headings take linear time.</summary>
public class HeadingIdTests
{
    [Fact]
    public void Heading_ids_skip_the_ids_the_theme_uses()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "## Main\n\n## Site search\n\n## FAQ group 1\n\n## Main"));
        site.BuildOk();
        var page = site.Html("articles/a/index.html");
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // The body's headings, in order, among the theme's own (a table of contents heading, related articles).
        var headings = page.QuerySelectorAll("article h2").Select(h => h.Id ?? "").Where(id => id.Length > 0 && id != "related-heading").ToList();
        Assert.Equal(["main-1", "site-search-1", "faq-group-1-1", "main-2"], headings);
    }

    [Fact]
    public void A_thousand_identical_headings_get_numbered_ids()
    {
        var config = new SiteConfig { Title = "T", BaseUrl = "https://example.org/" };
        var links = new SiteLinks(config, new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());
        var result = new MarkdownConverter(true, config.BaseUrl).Convert(string.Concat(Enumerable.Repeat("## Same\n\n", 1000)),
            new MarkdownOrigin("articles/a.md", "a.md", 1), links, new ErrorList());
        Assert.Equal(1000, result.Toc.Count);
        Assert.Equal(["same", "same-1", "same-2"], result.Toc.Take(3).Select(t => t.Id));
        Assert.Equal("same-999", result.Toc[^1].Id);
    }

    [Fact]
    public void A_reserved_id_is_numbered_like_a_repeated_one()
    {
        var config = new SiteConfig { Title = "T", BaseUrl = "https://example.org/" };
        var links = new SiteLinks(config, new Dictionary<string, string>(), new HashSet<string>(), new HashSet<string>());
        var reserved = new ReservedIds(new HashSet<string> { "main" }, ["faq-group-"]);
        var result = new MarkdownConverter(true, config.BaseUrl, reservedIds: reserved).Convert("## Main\n\n## FAQ group 2\n\n## FAQ group two",
            new MarkdownOrigin("articles/a.md", "a.md", 1), links, new ErrorList());
        Assert.Equal(["main-1", "faq-group-2-1", "faq-group-two"], result.Toc.Select(t => t.Id));
    }

    [Fact]
    public void More_headings_than_the_limit_is_an_error_at_the_first_past_it()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", string.Concat(Enumerable.Repeat("## Same\n\n", SiteGen.Safety.ContentLimits.MaxHeadings + 1))));
        site.Build();
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Equal(6 + 2 * SiteGen.Safety.ContentLimits.MaxHeadings, error.Line);
    }
}
