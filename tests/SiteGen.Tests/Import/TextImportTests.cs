using AngleSharp.Html.Parser;
using SiteGen.Import;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>sitegen import text: an article copied out of a web page, read back into its parts and built.</summary>
public class TextImportTests
{
    private static readonly string Fixture = Path.Combine(SiteFixture.RepositoryRoot, "tests", "SiteGen.Tests", "Import", "Fixtures", "after-a-setback.txt");
    private static readonly DateOnly Date = new(2026, 12, 7);

    private static SiteFixture SiteWith(ImportedArticle article) =>
        SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml), ($"content/articles/{article.Slug}.md", article.Text));

    [Fact]
    public void A_copied_page_becomes_a_draft_with_its_headings_lists_quote_and_faq_and_without_the_pages_menu()
    {
        var article = TextImport.Convert(File.ReadAllText(Fixture), Date)!;
        Assert.Equal("When a Loved One Has a Setback", article.Title);
        Assert.Equal("when-a-loved-one-has-a-setback", article.Slug);
        Assert.Contains("draft: true", article.Text);
        Assert.Contains("date: 2026-12-07", article.Text);

        using var site = SiteWith(article);
        site.BuildOk(o => o with { IncludeDrafts = true });
        var page = site.Html("articles/when-a-loved-one-has-a-setback/index.html");
        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("When a Loved One Has a Setback", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["What to do first", "Signs worth talking about", "Steps you can take together", "FAQs: After a Relapse"],
            body.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(4, body.QuerySelectorAll("ul > li").Length);
        Assert.Equal("Make a plan with the treatment team.", body.QuerySelectorAll("ol > li")[2].TextContent.Trim());
        var quote = body.QuerySelector("blockquote")!.TextContent;
        Assert.Contains("A setback is a moment in the story, not the end of it.", quote);
        Assert.Contains("— Rosa, family group member", quote);
        Assert.Equal(["Does a setback mean treatment failed?", "Should I stop helping?"], body.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        // The FAQ heading opens the site's FAQ: its questions are on the FAQ page.
        Assert.Contains("Should I stop helping?", site.Html("faq/index.html").Body!.TextContent);
        Assert.DoesNotContain("Contact Us", body.TextContent);
        Assert.Single(body.QuerySelectorAll("p"), p => p.TextContent.StartsWith("A setback can feel", StringComparison.Ordinal));
        Assert.DoesNotContain(body.QuerySelectorAll("p"), p => p.TextContent.Trim() == article.Title);
    }

    [Fact]
    public void Characters_markdown_would_read_as_markup_stay_the_words_they_were()
    {
        const string Line = "*Stars*, [brackets], <b>tags</b> and a_b_c stay as they are.";
        var article = TextImport.Convert($"Plain words\n\n{Line}\n1999. The year it began, as a sentence.\n# Not a heading.\n", Date)!;

        using var site = SiteWith(article);
        site.BuildOk(o => o with { IncludeDrafts = true });
        var body = site.Html("articles/plain-words/index.html").QuerySelector(".article-body")!;
        var paragraphs = body.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal([Line, "1999. The year it began, as a sentence.", "# Not a heading."], paragraphs);
        Assert.Empty(body.QuerySelectorAll("b, em, a, ol, h1"));
    }

    [Fact]
    public void Importing_twice_changes_nothing_and_an_edited_article_is_kept_unless_forced()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml));
        var article = TextImport.Convert(File.ReadAllText(Fixture), Date)!;
        Assert.Equal(["articles/when-a-loved-one-has-a-setback.md"], ImportWriter.Write(site.Content, "articles", [article], force: false).Written);
        Assert.Equal(["articles/when-a-loved-one-has-a-setback.md"], ImportWriter.Write(site.Content, "articles", [article], force: false).Unchanged);

        string path = site.Full("content/articles/when-a-loved-one-has-a-setback.md");
        File.WriteAllText(path, "edited by hand");
        Assert.Equal(["articles/when-a-loved-one-has-a-setback.md"], ImportWriter.Write(site.Content, "articles", [article], force: false).Kept);
        Assert.Equal("edited by hand", File.ReadAllText(path));
        ImportWriter.Write(site.Content, "articles", [article], force: true);
        Assert.Equal(article.Text, File.ReadAllText(path));

        // Two sources with one title are two articles.
        var both = ImportWriter.Write(site.Content, "articles", [article with { Slug = "same" }, article with { Slug = "same" }], force: false);
        Assert.Equal(["articles/same.md", "articles/same-2.md"], both.Written);
    }

    [Fact]
    public void The_command_imports_files_named_after_them_if_asked_and_refuses_a_missing_one()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml));
        File.Copy(Fixture, site.Full("old-post-17.txt"));

        var run = SiteGenProcess.Start(site.Root, "import", "text", "old-post-17.txt", "--slug-from-file");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("imported   content/articles/old-post-17.md", run.Stdout);
        Assert.True(File.Exists(site.Full("content/articles/old-post-17.md")));
        Assert.Equal(0, SiteGenProcess.Start(site.Root, "build", "--drafts").ExitCode);

        var missing = SiteGenProcess.Start(site.Root, "import", "text", "nowhere.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read nowhere.txt", missing.Stderr);
    }

    [Theory]
    [InlineData("FAQs: After a Relapse", true)]
    [InlineData("Frequently asked questions about boundaries", true)]
    [InlineData("FAQ", true)]
    [InlineData("FAQuality of care", false)]
    [InlineData("Our FAQ", false)]
    [InlineData("Preguntas frecuentes", true)]
    [InlineData("Preguntas frecuentes sobre las recaídas", true)]
    [InlineData("Preguntas sin respuesta", false)]
    public void A_heading_that_is_or_starts_with_faq_opens_the_faq_section(string heading, bool opens) =>
        Assert.Equal(opens, SiteGen.Parse.Markdown.FaqSection.IsFaqTitle(heading));
}
