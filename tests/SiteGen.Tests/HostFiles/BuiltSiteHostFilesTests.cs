using System.Xml.Linq;
using SiteGen.Render.HostFiles;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.HostFiles;

public class BuiltSiteHostFilesTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_sitemap_lists_pages_that_exist_and_robots_txt_points_to_it()
    {
        using var site = BuiltSites.Create();
        site.BuildOk();

        var locations = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(Ns + "url")
            .Select(u => u.Element(Ns + "loc")!.Value).ToList();

        Assert.Contains("https://example.org/blog/articles/after-a-relapse/", locations);
        Assert.Contains("https://example.org/blog/faq/", locations);
        Assert.All(locations, url =>
        {
            Assert.StartsWith(BuiltSites.BaseUrl, url);
            Assert.True(site.OutputExists(url[BuiltSites.BaseUrl.Length..] + "index.html"), $"{url} is in the sitemap but not in the output");
        });
        Assert.Contains("Sitemap: https://example.org/blog/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void An_alias_redirects_from_the_old_url()
    {
        using var site = BuiltSites.Create();
        site.BuildOk();

        var page = site.Html("old/after-relapse/index.html");
        Assert.Equal("0; url=/blog/articles/after-a-relapse/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Contains("/blog/old/after-relapse/ /blog/articles/after-a-relapse/ 301", site.ReadOutput("_redirects"));
    }

    [Fact]
    public void An_alias_that_is_a_real_page_is_reported_at_the_article()
    {
        using var site = BuiltSites.Create(SiteFixture.Article("moved", frontMatter: "aliases: [about/]"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/articles/moved.md"));
        Assert.Contains("about/", error.Message);
        Assert.Equal((4, 11), (error.Line, error.Column));
    }

    [Fact]
    public void The_headers_file_allows_exactly_the_inline_scripts_of_the_built_pages()
    {
        using var site = BuiltSites.Create();
        site.BuildOk();

        var headers = site.ReadOutput("_headers");
        var policy = headers.Split('\n').Single(l => l.Contains("Content-Security-Policy:"));
        var scriptSrc = policy.Split(':', 2)[1].Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src"));
        // Found independently of the generator: every inline script the browser would run.
        var inline = site.OutputFiles().Where(p => p.EndsWith(".html"))
            .SelectMany(p => site.Html(p).QuerySelectorAll("script:not([src])"))
            .Where(s => s.GetAttribute("type") is null or "" or "module" or "text/javascript")
            .Select(s => InlineCode.Hash(s.TextContent))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.StartsWith("/blog/*\n", headers);
        Assert.Equal(string.Join(' ', inline.Prepend("script-src 'self'")), scriptSrc);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("Referrer-Policy: no-referrer", headers);
    }

    [Fact]
    public void Every_page_head_has_canonical_description_social_tags_and_language()
    {
        using var site = BuiltSites.Create();
        site.BuildOk();

        foreach (var path in new[] { "index.html", "articles/after-a-relapse/index.html", "topics/family/index.html", "faq/index.html", "about/index.html" })
        {
            var page = site.Html(path);
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            var canonical = page.QuerySelector("head link[rel=canonical]")?.GetAttribute("href");
            Assert.Equal(BuiltSites.BaseUrl + path[..^"index.html".Length], canonical);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("head meta[name=description]")?.GetAttribute("content")), path);
            Assert.Equal(canonical, page.QuerySelector("head meta[property='og:url']")?.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("head meta[property='og:title']")?.GetAttribute("content")), path);
            Assert.NotNull(page.QuerySelector("head meta[name='twitter:card']"));
        }
        Assert.Equal("article", site.Html("articles/after-a-relapse/index.html").QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        var withImage = site.Html("articles/boundaries/index.html");
        Assert.Equal("https://example.org/blog/images/logo.svg", withImage.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("summary_large_image", withImage.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }
}
