using System.Xml.Linq;
using SiteGen.Render.Feeds;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.Feeds;

public class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XDocument Parse(SiteGen.Write.OutputFile file) => XDocument.Parse(Text(file));

    private static XElement SiteFeed(SiteGen.Model.Site site, int limit = AtomFeed.DefaultEntryLimit) =>
        Parse(AtomFeed.Write(site, limit).Single(f => f.Path == "feed.xml")).Root!;

    [Fact]
    public void Site_feed_has_the_elements_rfc_4287_requires_with_urls_under_the_base_path()
    {
        var site = Site(Config(), Article("trust", "2025-03-01", topics: ["family"]), Article("relapse", "2025-02-01", author: "Dana Lee"));

        var feed = SiteFeed(site);

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Harbor Recovery", feed.Element(Atom + "title")?.Value);
        Assert.Equal("https://example.org/blog/feed.xml", feed.Element(Atom + "id")?.Value);
        Assert.Equal("https://example.org/blog/feed.xml", Link(feed, "self")?.Attribute("href")?.Value);
        Assert.Equal("application/atom+xml", Link(feed, "self")?.Attribute("type")?.Value);
        Assert.Equal("https://example.org/blog/", Link(feed, "alternate")?.Attribute("href")?.Value);
        Assert.Equal("Harbor Recovery Center", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Article trust", "Article relapse"], entries.Select(e => e.Element(Atom + "title")?.Value));
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://example.org/blog/articles/", entry.Element(Atom + "id")?.Value);
            Assert.Equal(entry.Element(Atom + "id")?.Value, Link(entry, "alternate")?.Attribute("href")?.Value);
            Assert.NotNull(entry.Element(Atom + "updated"));
            Assert.NotEmpty(entry.Element(Atom + "summary")!.Value);
            Assert.Equal("html", entry.Element(Atom + "content")?.Attribute("type")?.Value);
        }
        Assert.Equal("Dana Lee", entries[1].Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal("family", entries[0].Element(Atom + "category")?.Attribute("term")?.Value);
    }

    [Fact]
    public void Feed_updated_is_the_latest_change_of_any_entry_not_the_build_time()
    {
        var site = Site(Config(),
            Article("newest", "2025-03-01"),
            Article("older-but-revised", "2024-01-01", updated: "2025-04-10T09:30:00+02:00"));

        var feed = SiteFeed(site);

        Assert.Equal("2025-04-10T09:30:00+02:00", feed.Element(Atom + "updated")?.Value);
        var revised = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")?.Value == "Article older-but-revised");
        Assert.Equal("2024-01-01T00:00:00+00:00", revised.Element(Atom + "published")?.Value);
        Assert.Equal("2025-04-10T09:30:00+02:00", revised.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public void Content_links_are_made_absolute_so_they_work_in_a_feed_reader()
    {
        var body = """<p><a href="/blog/articles/other/">other</a> <img src="/blog/articles/x/a.png" alt=""> <a href="#fn-1">1</a> <a href="https://samhsa.gov/">x</a> <a href="//cdn.example/">y</a></p>""";
        var site = Site(Config(), Article("x", "2025-03-01", body: body));

        var content = SiteFeed(site).Element(Atom + "entry")!.Element(Atom + "content")!.Value;

        Assert.Contains("href=\"https://example.org/blog/articles/other/\"", content);
        Assert.Contains("src=\"https://example.org/blog/articles/x/a.png\"", content);
        Assert.Contains("href=\"https://example.org/blog/articles/x/#fn-1\"", content);
        Assert.Contains("href=\"https://samhsa.gov/\"", content);
        Assert.Contains("href=\"//cdn.example/\"", content);
    }

    [Fact]
    public void Each_topic_has_a_feed_of_its_own_articles_only()
    {
        var site = Site(Config(), Article("a", "2025-03-01", topics: ["family"]), Article("b", "2025-02-01", topics: ["relapse"]));

        var files = AtomFeed.Write(site);

        Assert.Equal(["feed.xml", "topics/family/feed.xml", "topics/relapse/feed.xml"], files.Select(f => f.Path));
        var family = Parse(files[1]).Root!;
        Assert.Equal(["Article a"], family.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")?.Value));
        Assert.Equal("https://example.org/blog/topics/family/feed.xml", Link(family, "self")?.Attribute("href")?.Value);
        Assert.Equal("https://example.org/blog/topics/family/", Link(family, "alternate")?.Attribute("href")?.Value);
    }

    [Fact]
    public void Entry_limit_keeps_the_newest_articles()
    {
        var site = Site(Config(), Article("a", "2025-01-01"), Article("b", "2025-02-01"), Article("c", "2025-03-01"));

        var feed = SiteFeed(site, limit: 2);

        Assert.Equal(["Article c", "Article b"], feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")?.Value));
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped_instead_of_breaking_the_feed()
    {
        var site = Site(Config(), Article("x", "2025-03-01", title: "Bell\u0007 and emoji \U0001F331", body: "<p>a\u0001b</p>"));

        var entry = SiteFeed(site).Element(Atom + "entry")!;

        Assert.Equal("Bell and emoji \U0001F331", entry.Element(Atom + "title")?.Value);
        Assert.Equal("<p>ab</p>", entry.Element(Atom + "content")?.Value);
    }

    private static XElement? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel);
}
