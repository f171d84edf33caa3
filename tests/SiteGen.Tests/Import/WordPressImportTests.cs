using SiteGen.Import;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>sitegen import wordpress: a WordPress export in, a site that builds with every old address kept.</summary>
public class WordPressImportTests
{
    private static readonly string Fixtures = Path.Combine(SiteFixture.RepositoryRoot, "tests", "SiteGen.Tests", "Import", "Fixtures");
    private static readonly string Export = Path.Combine(Fixtures, "wordpress-export.xml");
    private static readonly string Uploads = Path.Combine(Fixtures, "uploads");

    [Fact]
    public void Posts_pages_and_drafts_come_in_with_their_fields_parts_links_images_faq_and_old_addresses()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml));
        var run = SiteGenProcess.Start(site.Root, "import", "wordpress", Export, "--uploads", Uploads);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 posts (as articles), 1 page, 1 draft, 3 topics, 2 images to copy, 0 images to fetch, 4 warnings (2 left out, 1 old-site link, 1 shortcode)", run.Stdout);
        Assert.Contains("left out a tracking pixel", run.Stderr);
        Assert.Contains("link to https://old.example.org/contact/ is not one of the imported posts", run.Stderr);
        Assert.Contains("shortcode [gallery] kept as text", run.Stderr);
        Assert.Contains("left out <iframe>", run.Stderr);
        string trust = File.ReadAllText(site.Full("content/articles/rebuilding-trust.md"));
        foreach (string field in new[] { "date: 2023-04-18", "updated: 2023-06-01", "description: \"How families rebuild trust, one kept promise at a time.\"",
            "author: \"Maya Okafor\"", "topics: [family, trust]", "aliases: [\"/2023/04/rebuilding-trust/\", \"/?p=1\"]" })
            Assert.Contains(field, trust);
        Assert.Contains("draft: true", File.ReadAllText(site.Full("content/articles/notes-for-a-later-post.md")));
        Assert.Contains("  boundaries: \"Boundaries\"", File.ReadAllText(site.Full("content/site.yml")));
        Assert.True(File.Exists(site.Full("content/images/2023/04/hills.svg")));

        site.BuildOk(o => o with { IncludeDrafts = true });
        var page = site.Html("articles/rebuilding-trust/index.html");
        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("slowly", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("/articles/setting-boundaries/", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Where to begin", body.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Start small.", body.QuerySelector("ul > li > ul > li")!.TextContent.Trim());
        Assert.Equal("Two green hills at sunrise", body.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("— A family group member", body.QuerySelector("blockquote")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("iframe"));
        // The Yoast FAQ block is the article's FAQ section.
        Assert.Contains("How long does trust take to rebuild?", site.Html("faq/index.html").Body!.TextContent);
        // The classic editor's post: paragraphs by blank lines, a line break, a captioned image, a link back.
        var boundaries = site.Html("articles/setting-boundaries/index.html").QuerySelector(".article-body")!;
        Assert.Equal("Hills at dawn", boundaries.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains(boundaries.QuerySelectorAll("p"), p => p.TextContent.Trim() == "A calm start to the day.");
        Assert.NotNull(boundaries.QuerySelector("p br"));
        Assert.Equal("/articles/rebuilding-trust/", boundaries.QuerySelector("a[href*='rebuilding']")!.GetAttribute("href"));
        Assert.Empty(boundaries.QuerySelectorAll("img[src*='google-analytics']"));
        // Every old address leads to its new page.
        Assert.True(File.Exists(Path.Combine(site.Output, "2023", "04", "rebuilding-trust", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "2023", "05", "setting-boundaries", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "about-us", "index.html")));
        // WordPress's own addresses, /?p=ID and /?page_id=ID, through the map the home and 404 pages read.
        string map = File.ReadAllText(Path.Combine(site.Output, "query-redirects.json"));
        Assert.Contains("\"?p=1\":\"/articles/rebuilding-trust/\"", map);
        Assert.Contains("\"?p=3\":\"/articles/notes-for-a-later-post/\"", map);
        Assert.Contains("\"?page_id=4\":\"/about-us/\"", map);
        foreach (string answering in new[] { "index.html", "404.html" })
            Assert.NotNull(site.Html(answering).QuerySelector("head script[data-map='/query-redirects.json']"));
        Assert.Null(site.Html("articles/rebuilding-trust/index.html").QuerySelector("script[data-map]"));
    }

    [Fact]
    public void A_rank_math_faq_block_becomes_the_faq_section_too()
    {
        string xml = File.ReadAllText(Export).Replace("<p>Not ready yet.</p>",
            "<div class=\"wp-block-rank-math-faq-block\"><div class=\"rank-math-faq-item\"><h3 class=\"rank-math-question\">Is it too late to start?</h3>"
            + "<div class=\"rank-math-answer\">It is never too late.</div></div></div>");
        string draft = WordPressImport.Convert(xml, uploads: null).Articles.Single(a => a.Slug == "notes-for-a-later-post").Text;
        Assert.Contains("## FAQ\n\n### Is it too late to start?\n\nIt is never too late.", draft);
    }

    [Fact]
    public void An_image_path_that_leads_out_of_the_uploads_copy_is_not_followed()
    {
        string root = Directory.CreateTempSubdirectory("sitegen-uploads-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "uploads"));
            Directory.CreateDirectory(Path.Combine(root, "uploads-private"));
            File.WriteAllText(Path.Combine(root, "uploads-private", "secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            string xml = File.ReadAllText(Export).Replace("/wp-content/uploads/2023/04/hills.svg\" alt=\"Hills at dawn\"",
                "/wp-content/uploads/../uploads-private/secret.svg\" alt=\"Hills at dawn\"");
            var result = WordPressImport.Convert(xml, Path.Combine(root, "uploads"));
            Assert.DoesNotContain(result.Images, i => i.From.Contains("secret", StringComparison.Ordinal));
            Assert.Contains("/wp-content/uploads/../uploads-private/secret.svg", result.ImagesToFetch);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Without_uploads_the_images_to_fetch_are_listed_and_a_dry_run_writes_nothing()
    {
        var result = WordPressImport.Convert(File.ReadAllText(Export), uploads: null);
        Assert.Empty(result.Images);
        Assert.Equal(["/wp-content/uploads/2023/04/hills.svg", "https://old.example.org/wp-content/uploads/2023/04/hills.svg"], result.ImagesToFetch);
        Assert.DoesNotContain("](../images/", result.Articles.Single(a => a.Slug == "rebuilding-trust").Text);

        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml));
        var run = SiteGenProcess.Start(site.Root, "import", "wordpress", Export, "--dry-run");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing written (--dry-run).", run.Stdout);
        Assert.False(Directory.Exists(site.Full("content/articles")));
        Assert.Equal(2, SiteGenProcess.Start(site.Root, "import", "wordpress", site.Full("content/site.yml")).ExitCode);
    }
}
