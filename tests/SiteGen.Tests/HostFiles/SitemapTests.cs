using System.Xml.Linq;
using SiteGen.Render.HostFiles;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.HostFiles;

public class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static XElement Root(SiteGen.Write.OutputFile file) => XDocument.Parse(Text(file)).Root!;

    private static Dictionary<string, string?> Urls(XElement urlset) =>
        urlset.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);

    [Fact]
    public void Lists_every_kind_of_page_with_absolute_urls_under_the_base_path()
    {
        var site = Site(Config(), [Page("about"), Page("404")],
            Article("trust", "2025-03-01", topics: ["family"], faq: [Question("Is it normal?", "Yes.", "is-it-normal")]),
            Article("relapse", "2024-05-01", updated: "2025-06-02"));

        var files = Sitemap.Write(site);

        Assert.Equal("sitemap.xml", Assert.Single(files).Path);
        var urls = Urls(Root(files[0]));
        Assert.Equal(
            [
                "https://example.org/blog/", "https://example.org/blog/articles/trust/", "https://example.org/blog/articles/relapse/",
                "https://example.org/blog/about/", "https://example.org/blog/topics/", "https://example.org/blog/topics/family/",
                "https://example.org/blog/faq/", "https://example.org/blog/faq/family/",
            ],
            urls.Keys);
        Assert.Equal("2025-06-02T00:00:00+00:00", urls["https://example.org/blog/articles/relapse/"]);
        Assert.Equal("2025-03-01T00:00:00+00:00", urls["https://example.org/blog/articles/trust/"]);
        Assert.Equal("2025-06-02T00:00:00+00:00", urls["https://example.org/blog/"]);
        Assert.Null(urls["https://example.org/blog/about/"]);
    }

    [Fact]
    public void A_page_can_opt_out_with_sitemap_false()
    {
        var hidden = Page("thanks", new Dictionary<string, object?> { ["sitemap"] = false });
        var site = Site(Config(), [hidden, Page("about")], Article("a", "2025-01-01"));

        var urls = Urls(Root(Sitemap.Write(site)[0]));

        Assert.DoesNotContain("https://example.org/blog/thanks/", urls.Keys);
        Assert.Contains("https://example.org/blog/about/", urls.Keys);
    }

    [Fact]
    public void Over_the_limit_the_sitemap_becomes_an_index_of_numbered_parts()
    {
        var site = Site(Config(), Article("a", "2025-01-01"), Article("b", "2025-02-01"), Article("c", "2025-03-01"), Article("d", "2025-04-01"));
        var expected = Urls(Root(Sitemap.Write(site)[0])).Keys.ToList();

        var files = Sitemap.Write(site, urlsPerFile: 2);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = Root(files[0]);
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(
            ["https://example.org/blog/sitemap-1.xml", "https://example.org/blog/sitemap-2.xml", "https://example.org/blog/sitemap-3.xml"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        var parts = files.Skip(1).Select(f => Urls(Root(f)).Keys.ToList()).ToList();
        Assert.All(parts, p => Assert.InRange(p.Count, 1, 2));
        Assert.Equal(expected, parts.SelectMany(p => p));
        Assert.Equal("2025-04-01T00:00:00+00:00", index.Elements(Ns + "sitemap").First().Element(Ns + "lastmod")?.Value);
    }

    [Fact]
    public void Non_ascii_paths_are_percent_encoded()
    {
        var site = Site(Config(), Article("café", "2025-01-01"));

        var urls = Urls(Root(Sitemap.Write(site)[0]));

        Assert.Contains("https://example.org/blog/articles/caf%C3%A9/", urls.Keys);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url()
    {
        var text = Text(RobotsTxt.Write(Config()));

        Assert.Contains("User-agent: *", text);
        Assert.Contains("\nSitemap: https://example.org/blog/sitemap.xml\n", text);
    }
}
