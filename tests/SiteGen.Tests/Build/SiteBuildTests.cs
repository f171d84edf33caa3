using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Whole sites built with the real pipeline and default theme, checked through their HTML.</summary>
public class SiteBuildTests
{
    private static SiteFixture SmallSite(string baseUrl = "https://example.org/") => SiteFixture.Create(
        ("content/site.yml", $"title: Cedar Hollow\nbase_url: {baseUrl}\ntopics:\n  trust: Rebuilding trust\n"),
        SiteFixture.Article("trust", "Read [amends](amends.md#why) first.\n\n![Two hands](hands.jpg)\n\n## Why trust breaks\n\nText.",
            "title: Rebuilding Trust\ntopics: [trust, family]\nfaq:\n  - q: How long does it take?\n    a: Often *months*.", date: "2025-03-01"),
        SiteFixture.Article("amends", "## Why\n\nBecause.\n\n## FAQ\n\n### Is an apology enough?\n\nNot on its own.",
            "title: Making Amends\ntopics: [trust]", date: "2025-02-01"),
        SiteFixture.Article("relapse", "Relapse text.", "title: After a Relapse\ntopics: [relapse]", date: "2025-01-01"),
        SiteFixture.Article("unfinished", "Not yet.", "title: Unfinished\ndraft: true", date: "2025-04-01"),
        ("content/pages/about.md", "---\ntitle: About us\n---\n\nWe help. See [trust](../articles/trust.md)."))
        .WriteBytes("content/articles/hands.jpg", TestImages.Jpeg(64, 48));

    [Fact]
    public void Every_article_and_page_is_written_with_its_title()
    {
        using var site = SmallSite();
        site.BuildOk();

        Assert.Equal("Rebuilding Trust", site.Html("articles/trust/index.html").QuerySelector("article.article h1")!.TextContent);
        Assert.Contains("Rebuilding Trust", site.Html("articles/trust/index.html").Title);
        Assert.Equal("About us", site.Html("about/index.html").QuerySelector("main h1")!.TextContent.Trim());
        // Published re-encoded at its own path, so a link to the file itself still works.
        using var hands = SkiaSharp.SKBitmap.Decode(Path.Combine(site.Output, "articles/hands.jpg"));
        Assert.Equal((64, 48), (hands.Width, hands.Height));
    }

    [Fact]
    public void Drafts_are_published_only_when_asked_for()
    {
        using var site = SmallSite();
        site.BuildOk();
        Assert.False(site.OutputExists("articles/unfinished/index.html"));

        site.BuildOk(o => o with { IncludeDrafts = true });
        Assert.True(site.OutputExists("articles/unfinished/index.html"));
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_written_file()
    {
        using var site = SmallSite();
        site.BuildOk();

        var files = site.OutputFiles().ToHashSet(StringComparer.Ordinal);
        foreach (string page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            foreach (string url in InternalUrls(site.Html(page)))
                Assert.True(Resolves(url, "/", files), $"{page} links to {url}, which was not written");
    }

    [Fact]
    public void Markdown_links_between_articles_and_images_become_site_urls()
    {
        using var site = SmallSite();
        site.BuildOk();
        var body = site.Html("articles/trust/index.html").QuerySelector("div.article-body")!;

        Assert.Contains(body.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/amends/#why");
        Assert.Matches(@"^/articles/hands-64w\.[0-9a-f]{10}\.jpg$", body.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("why-trust-breaks", body.QuerySelector("h2")!.Id);
        Assert.Contains(site.Html("about/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/trust/");
    }

    [Fact]
    public void Topic_pages_list_exactly_their_articles_newest_first()
    {
        using var site = SmallSite();
        site.BuildOk();

        var trust = site.Html("topics/trust/index.html");
        Assert.Equal(["Rebuilding Trust", "Making Amends"], trust.QuerySelectorAll("li.article-card h2 a, li.article-card h3 a").Select(a => a.TextContent.Trim()));
        Assert.Contains("Rebuilding trust", trust.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["After a Relapse"], site.Html("topics/relapse/index.html").QuerySelectorAll("li.article-card h2 a, li.article-card h3 a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Front_matter_faq_shows_in_the_faq_section_and_the_body_faq_stays_in_the_body_once()
    {
        using var site = SmallSite();
        site.BuildOk();

        var trust = site.Html("articles/trust/index.html");
        var item = Assert.Single(trust.QuerySelectorAll("section.faq details.faq-item"));
        Assert.Equal("faq-how-long-does-it-take", item.Id);
        Assert.Equal("How long does it take?", item.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal("months", item.QuerySelector("div.faq-answer em")!.TextContent);

        var amends = site.Html("articles/amends/index.html");
        Assert.Equal("Is an apology enough?", amends.QuerySelector("div.article-body h3#is-an-apology-enough")!.TextContent);
        Assert.DoesNotContain(amends.QuerySelectorAll("section.faq summary"), s => s.TextContent.Contains("apology"));
    }

    [Fact]
    public void A_base_url_sub_path_holds_for_every_internal_link()
    {
        using var site = SmallSite("https://example.org/blog/");
        site.BuildOk();

        var files = site.OutputFiles().ToHashSet(StringComparer.Ordinal);
        foreach (string page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            foreach (string url in InternalUrls(site.Html(page)))
            {
                Assert.StartsWith("/blog/", url);
                Assert.True(Resolves(url, "/blog/", files), $"{page} links to {url}, which was not written");
            }
        Assert.Matches(@"^/blog/articles/hands-64w\.[0-9a-f]{10}\.jpg$", site.Html("articles/trust/index.html").QuerySelector("div.article-body img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_title_with_markup_is_shown_as_text_everywhere()
    {
        using var site = SiteFixture.Create(
            SiteFixture.Article("xss", "Body.", "title: \"<script>alert(1)</script>\"\ntopics: [trust]\ndescription: \"<b>bold</b> & more\""),
            SiteFixture.Article("other", "Body.", "topics: [trust]", date: "2024-01-01"));
        site.BuildOk();

        foreach (string page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.Html(page);
            Assert.DoesNotContain(html.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)") && s.GetAttribute("type") is null or "text/javascript");
            Assert.Empty(html.QuerySelectorAll("b"));
        }
        Assert.Equal("<script>alert(1)</script>", site.Html("articles/xss/index.html").QuerySelector("article.article h1")!.TextContent);
        Assert.Contains(site.Html("index.html").QuerySelectorAll("li.article-card a"), a => a.TextContent.Trim() == "<script>alert(1)</script>");
    }

    [Fact]
    public void Builds_are_byte_identical()
    {
        using var site = SmallSite();
        site.BuildOk();
        var first = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        site.BuildOk();
        var second = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public void A_build_that_keeps_its_text_in_a_file_writes_the_same_site()
    {
        using var site = SmallSite();
        site.BuildOk();
        var inMemory = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        // Every body and every page's searchable text goes to the spill file, as on a very large site.
        site.BuildOk(o => o with { TextInMemory = 0 });
        var spilled = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

        Assert.Equal(inMemory.Keys, spilled.Keys);
        foreach (var (path, bytes) in inMemory) Assert.True(bytes.AsSpan().SequenceEqual(spilled[path]), $"{path} differs when the text is spilled");
        Assert.Contains("Why trust breaks", site.ReadOutput("articles/trust/index.html"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_in_place()
    {
        using var site = SmallSite();
        site.BuildOk();
        string before = site.ReadOutput("articles/trust/index.html");

        site.Write("content/articles/trust.md", "---\ntitle: Broken\n---\n");
        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, site.ReadOutput("articles/trust/index.html"));
        // No staging or set-aside folder left; the image cache beside the content is kept on purpose.
        Assert.Equal(["content", "output"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName)
            .Where(name => name != SiteGen.Images.ImageCache.FolderName).Order(StringComparer.Ordinal));
    }

    // Root-relative href/src values of the page (links, stylesheets, scripts, images); other sites and anchors are not ours.
    private static IEnumerable<string> InternalUrls(IDocument html) =>
        html.QuerySelectorAll("[href], [src]")
            .Where(e => !(e.LocalName == "link" && e.GetAttribute("rel") is "canonical" or "alternate"))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));

    private static bool Resolves(string url, string basePath, ISet<string> files)
    {
        if (!url.StartsWith(basePath, StringComparison.Ordinal)) return false;
        string path = Uri.UnescapeDataString(url[basePath.Length..].Split('#', '?')[0]);
        return path.Length == 0 ? files.Contains("index.html") : files.Contains(path) || files.Contains(path.TrimEnd('/') + "/index.html");
    }
}
