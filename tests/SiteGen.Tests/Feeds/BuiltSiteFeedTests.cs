using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

public class BuiltSiteFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SiteFixture _site = BuiltSites.Create();

    public BuiltSiteFeedTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    private IEnumerable<string> FullPages() =>
        _site.OutputFiles().Where(p => p.EndsWith(".html") && _site.Html(p).QuerySelector("main") is not null);

    [Fact]
    public void The_site_feed_is_atom_with_every_article_and_absolute_links()
    {
        var feed = XDocument.Parse(_site.ReadOutput("feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/blog/feed.xml",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.Equal("2025-04-02T00:00:00+00:00", feed.Element(Atom + "updated")?.Value);
        Assert.Equal(
            ["https://example.org/blog/articles/after-a-relapse/", "https://example.org/blog/articles/boundaries/"],
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")?.Value));
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.Contains("<p>", e.Element(Atom + "content")!.Value));
    }

    [Fact]
    public void Every_page_links_the_site_feed_in_its_head()
    {
        var pages = FullPages().ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, path =>
        {
            var links = _site.Html(path).QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']");
            Assert.Contains(links, l => l.GetAttribute("href") == "/blog/feed.xml");
        });
    }

    [Fact]
    public void Topic_pages_also_link_their_own_feed_which_exists()
    {
        var links = _site.Html("topics/family/index.html").QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']");

        Assert.Contains(links, l => l.GetAttribute("href") == "/blog/topics/family/feed.xml");
        Assert.True(_site.OutputExists("topics/family/feed.xml"));
    }
}
