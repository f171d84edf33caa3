using SiteGen.Model;
using SiteGen.Render.Views;

namespace SiteGen.Tests.Render;

public sealed class SiteViewsTests
{
    private static readonly Article Older = RenderSamples.Article("older", 1, topics: ["family", "relapse"]);
    private static readonly Article Middle = RenderSamples.Article("middle", 2, topics: ["relapse"]);
    private static readonly Article Newer = RenderSamples.Article("newer", 3, topics: ["grief"]);

    private static SiteViews Views(string baseUrl = "https://example.org/help/") =>
        SiteViews.Build(RenderSamples.Site(RenderSamples.Config(baseUrl), [Older, Middle, Newer]),
            new Dictionary<string, string> { ["css/site.css"] = "/help/css/site.1234abcd.css" }, "/help/search/");

    [Fact]
    public void Every_internal_url_carries_the_base_path()
    {
        var views = Views();
        var article = views.Of(Older);

        Assert.Equal("/help/articles/older/", article.Url);
        Assert.Equal("https://example.org/help/articles/older/", article.AbsoluteUrl);
        Assert.Equal(["/help/topics/family/", "/help/topics/relapse/"], article.Topics.Select(t => t.Url));
        Assert.Equal("/help/about/", views.Site.Menu[0].Url);
        Assert.Equal("/help/", views.Site.BasePath);
    }

    [Fact]
    public void External_menu_links_are_kept_and_marked()
    {
        var menu = Views().Site.Menu;

        Assert.Equal("https://meetings.example.net/", menu[1].Url);
        Assert.True(menu[1].External);
        Assert.False(menu[0].External);
    }

    [Fact]
    public void Articles_link_to_their_neighbours_and_related_articles_as_the_same_views()
    {
        var views = Views();

        Assert.Same(views.Of(Newer), views.Of(Middle).Next);
        Assert.Same(views.Of(Older), views.Of(Middle).Previous);
        Assert.Null(views.Of(Newer).Next);
        Assert.Same(views.Of(Older), Assert.Single(views.Of(Middle).Related));
    }

    [Fact]
    public void An_articles_own_view_is_made_once_while_the_article_and_the_site_address_are_the_same()
    {
        var first = Views().Of(Middle);
        var again = Views().Of(Middle);
        var moved = Views("https://example.org/elsewhere/").Of(Middle);

        // Each build has views of its own (their links and topics are the build's), sharing what the article alone gives.
        Assert.NotSame(first, again);
        Assert.Same(first.Url, again.Url);
        Assert.Same(first.Date, again.Date);
        Assert.Equal("/elsewhere/articles/middle/", moved.Url);
        Assert.NotSame(first.Extra, again.Extra);
    }

    [Fact]
    public void Topic_views_hold_their_articles_newest_first_with_counts()
    {
        var relapse = Views().Site.Topics.Single(t => t.Slug == "relapse");

        Assert.Equal(["middle", "older"], relapse.Articles.Select(a => a.Slug));
        Assert.Equal(2, relapse.Count);
    }

    [Fact]
    public void Dates_are_readable_with_an_iso_twin_and_the_helpline_has_a_tel_uri()
    {
        var views = Views();
        var article = views.Of(Older);

        Assert.Equal("1 March 2025", article.Date);
        Assert.Equal("2025-03-01", article.DateIso);
        Assert.Equal("2025-04-01", article.UpdatedIso);
        Assert.Equal("tel:+15550100199", views.Site.Helpline!.TelUri);
        Assert.Equal("/help/css/site.1234abcd.css", views.Site.Assets["css/site.css"]);
    }

    [Fact]
    public void Questions_already_in_the_body_are_not_shown_again()
    {
        var article = RenderSamples.Article("faq", 4,
            body: "<h2 id=\"faq\">FAQ</h2><h3 id=\"is-it-free\">Is it free?</h3><p>Yes.</p>",
            faq: [new FaqEntry("Who can call?", "<p>Anyone.</p>", "Anyone.", "who-can-call"), new FaqEntry("Is it free?", "<p>Yes.</p>", "Yes.", "is-it-free")]);
        var views = SiteViews.Build(RenderSamples.Site(RenderSamples.Config(), [article]), new Dictionary<string, string>(), null);

        Assert.Equal(["who-can-call"], views.Of(article).Faq.Select(f => f.Anchor));
    }

    [Fact]
    public void The_table_of_contents_nests_deeper_headings_under_the_one_before()
    {
        var article = RenderSamples.Article("toc", 5, toc:
        [
            new TocEntry(3, "Before any section", "before"),
            new TocEntry(2, "Signs", "signs"),
            new TocEntry(3, "In teens", "teens"),
            new TocEntry(4, "At school", "school"),
            new TocEntry(2, "Help", "help"),
        ]);
        var toc = SiteViews.Build(RenderSamples.Site(RenderSamples.Config(), [article]), new Dictionary<string, string>(), null).Of(article).Toc;

        Assert.Equal(["before", "signs", "help"], toc.Select(t => t.Id));
        Assert.Equal(["teens", "school"], toc[1].Children.Select(c => c.Id));
        Assert.Equal("#teens", toc[1].Children[0].Url);
    }
}
