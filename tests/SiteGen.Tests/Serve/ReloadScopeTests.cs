using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class ReloadScopeTests
{
    [Fact]
    public void Changed_pages_reload_themselves_and_a_new_search_index_reloads_the_search_page()
    {
        var pages = ReloadScope.Of(["topics/trust/index.html", "articles/trust/index.html", "search-index/terms/ab.json", "search-index/manifest.js"]);

        Assert.Equal(["articles/trust/index.html", "search/index.html", "topics/trust/index.html"], pages);
    }

    [Fact]
    public void Files_no_page_shows_reload_nothing()
    {
        Assert.Equal([], ReloadScope.Of(["feed.xml", "topics/trust/feed.xml", "sitemap.xml", "robots.txt", "_headers", "_redirects"]));
    }

    [Theory]
    [InlineData("css/site.1a2b3c4d.css")]
    [InlineData("images/kitchen.jpg")]
    [InlineData("articles/trust/photo.png")]
    public void Anything_a_page_may_load_reloads_every_page(string file)
    {
        Assert.Null(ReloadScope.Of(["articles/trust/index.html", file]));
    }

    [Fact]
    public void Not_knowing_what_changed_reloads_every_page() => Assert.Null(ReloadScope.Of(null));
}
