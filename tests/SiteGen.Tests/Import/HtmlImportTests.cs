using SiteGen.Import;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>sitegen import html: the article in a saved page, without the page around it, built.</summary>
public class HtmlImportTests
{
    private static readonly string Fixtures = Path.Combine(SiteFixture.RepositoryRoot, "tests", "SiteGen.Tests", "Import", "Fixtures");

    [Fact]
    public void A_saved_page_becomes_its_article_with_its_parts_and_nothing_from_around_it_or_elsewhere()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml));
        File.Copy(Path.Combine(Fixtures, "saved-page.html"), site.Full("saved-page.html"));
        Directory.CreateDirectory(site.Full("saved-page_files"));
        File.Copy(Path.Combine(Fixtures, "saved-page_files", "hills.svg"), site.Full("saved-page_files/hills.svg"));

        var run = SiteGenProcess.Start(site.Root, "import", "html", "saved-page.html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("imported   content/articles/rebuilding-trust-step-by-step.md", run.Stdout);
        Assert.Contains("image to fetch: https://cdn.example.com/banner.jpg", run.Stderr);
        Assert.Contains("left out: <iframe>", run.Stderr);
        string markdown = File.ReadAllText(site.Full("content/articles/rebuilding-trust-step-by-step.md"));
        Assert.Contains("date: 2023-04-18", markdown);
        Assert.Contains("aliases: [\"/blog/rebuilding-trust/\"]", markdown);
        Assert.DoesNotContain("Posted on", markdown);

        site.BuildOk(o => o with { IncludeDrafts = true });
        var page = site.Html("articles/rebuilding-trust-step-by-step/index.html");
        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("Rebuilding Trust Step by Step", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("slowly", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("small", body.QuerySelector("em")!.TextContent);
        Assert.Equal("https://riverbend.example.org/blog/boundaries/", body.QuerySelector("a[href*='boundaries']")!.GetAttribute("href"));
        Assert.Contains("questions below", body.TextContent);
        Assert.Equal("Two green hills at sunrise", body.QuerySelector("img")!.GetAttribute("alt"));
        Assert.True(File.Exists(site.Full("content/images/rebuilding-trust-step-by-step/hills.svg")));
        Assert.Equal("Where to begin", body.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Start with a small one.", body.QuerySelector("ul > li > ul > li")!.TextContent.Trim());
        Assert.Contains("— A family group member", body.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("Eat one meal together", body.QuerySelectorAll("table td")[1].TextContent.Trim());
        foreach (string furniture in new[] { "cookies", "About Us", "Popular posts", "Copyright" }) Assert.DoesNotContain(furniture, body.TextContent);
        Assert.Empty(body.QuerySelectorAll("iframe, script"));
        Assert.DoesNotContain(page.QuerySelectorAll("img"), i => i.GetAttribute("src")!.StartsWith("http", StringComparison.Ordinal));
        // The old address leads to the article.
        Assert.True(File.Exists(Path.Combine(site.Output, "blog", "rebuilding-trust", "index.html")));
    }

    [Fact]
    public void Without_an_article_element_the_block_with_the_most_text_is_the_article_and_the_title_comes_from_the_page()
    {
        const string Html = "<html><head><title>Caring for Yourself – Riverbend</title></head><body><div class='menu'><p>Home</p></div>"
            + "<div class='content'><p>Caring for someone is tiring work.</p><p>Rest is part of caring.</p></div></body></html>";
        var result = HtmlImport.Convert(Html, Path.Combine(Path.GetTempPath(), "page.html"), new DateOnly(2026, 1, 2))!;
        Assert.Equal("Caring for Yourself", result.Article.Title);
        Assert.Contains("date: 2026-01-02", result.Article.Text);
        Assert.Contains("Caring for someone is tiring work.\n\nRest is part of caring.", result.Article.Text);
        Assert.DoesNotContain("Home", result.Article.Text.Split("---")[2]);
    }
}
