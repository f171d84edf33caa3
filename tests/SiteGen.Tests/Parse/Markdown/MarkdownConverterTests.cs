using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse.Markdown;

namespace SiteGen.Tests.Parse.Markdown;

public class MarkdownConverterTests
{
    private static readonly SiteConfig Config = new() { Title = "T", BaseUrl = "https://example.org/blog/" };

    private static readonly SiteLinks Links = new(
        Config,
        new Dictionary<string, string> { ["articles/trust.md"] = "articles/rebuilding-trust/", ["pages/about.md"] = "about/" },
        new HashSet<string> { "articles/secret.md" },
        new HashSet<string> { "articles/hands.jpg", "images/logo.png", "files/guide.pdf" });

    private static (MarkdownResult Result, IReadOnlyList<ContentError> Errors) Convert(string markdown, string from = "articles/a.md", bool rawHtml = true)
    {
        var errors = new ErrorList();
        var result = new MarkdownConverter(rawHtml, Config.BaseUrl).Convert(markdown, new MarkdownOrigin(from, "content/" + from, 10), Links, errors);
        return (result, errors.Sorted());
    }

    [Theory]
    [InlineData("[t](trust.md)", "/blog/articles/rebuilding-trust/")]
    [InlineData("[t](../articles/trust.md)", "/blog/articles/rebuilding-trust/")]
    [InlineData("[t](trust.md#first-steps)", "/blog/articles/rebuilding-trust/#first-steps")]
    [InlineData("[t](../pages/about.md)", "/blog/about/")]
    [InlineData("[t](/about/)", "/blog/about/")]
    [InlineData("[t](files/guide.pdf)", "/blog/files/guide.pdf")]
    [InlineData("[t](#local)", "#local")]
    [InlineData("[t](mailto:help@example.org)", "mailto:help@example.org")]
    public void Links_become_site_urls_with_the_base_path(string markdown, string href)
    {
        var (result, errors) = Convert(markdown);
        Assert.Empty(errors);
        Assert.Contains($"href=\"{href}\"", result.Html.ToString());
    }

    [Theory]
    [InlineData("![x](hands.jpg)", "/blog/articles/hands.jpg")]
    [InlineData("![x](images/logo.png)", "/blog/images/logo.png")]
    [InlineData("![x](../images/logo.png)", "/blog/images/logo.png")]
    [InlineData("![x](/images/logo.png)", "/blog/images/logo.png")]
    public void Images_resolve_beside_the_article_or_from_the_content_root(string markdown, string src)
    {
        var (result, errors) = Convert(markdown);
        Assert.Empty(errors);
        Assert.Contains($"src=\"{src}\"", result.Html.ToString());
    }

    [Fact]
    public void A_link_to_a_missing_article_is_an_error_at_the_link()
    {
        var (_, errors) = Convert("First line.\n\nSee [the other](other.md) now.");

        var error = Assert.Single(errors);
        Assert.Equal(("content/articles/a.md", 12, 5), (error.File, error.Line, error.Column));
        Assert.Equal("link to missing article 'other.md': there is no content/articles/other.md", error.Message);
    }

    [Fact]
    public void A_link_to_an_unpublished_draft_is_an_error()
    {
        Assert.Contains("is a draft", Assert.Single(Convert("[s](secret.md)").Errors).Message);
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_both_places_looked()
    {
        var error = Assert.Single(Convert("Text\n![x](images/none.png)").Errors);
        Assert.Equal((11, 1), (error.Line, error.Column));
        Assert.Equal("missing image 'images/none.png': there is no content/articles/images/none.png or content/images/none.png", error.Message);
    }

    [Fact]
    public void An_image_from_another_site_is_refused()
    {
        Assert.Contains("another site", Assert.Single(Convert("![x](https://cdn.example.com/a.png)").Errors).Message);
    }

    [Fact]
    public void External_links_do_not_leak_the_page_as_referrer()
    {
        var (result, _) = Convert("[a](https://other.example/) [b](https://example.org/blog/x/)");
        Assert.Contains("<a href=\"https://other.example/\" rel=\"noopener noreferrer\">", result.Html.ToString());
        Assert.Contains("<a href=\"https://example.org/blog/x/\">", result.Html.ToString());
    }

    [Fact]
    public void Headings_get_unique_github_style_ids_and_make_the_toc()
    {
        var (result, _) = Convert("## First Steps\n\ntext\n\n### Why it's hard\n\n## First Steps\n");

        Assert.Equal(
            [new TocEntry(2, "First Steps", "first-steps"), new TocEntry(3, "Why it's hard", "why-its-hard"), new TocEntry(2, "First Steps", "first-steps-1")],
            result.Toc);
        Assert.Contains("<h2 id=\"first-steps-1\">", result.Html.ToString());
    }

    [Fact]
    public void Tables_footnotes_task_lists_and_autolinks_render()
    {
        var (result, _) = Convert("| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1]\n\n- [x] done\n\nhttps://example.net\n\n[^1]: The note.\n");

        Assert.Contains("<table>", result.Html.ToString());
        Assert.Contains("class=\"footnotes\"", result.Html.ToString());
        Assert.Contains("contains-task-list", result.Html.ToString());
        Assert.Contains("<a href=\"https://example.net\"", result.Html.ToString());
    }

    [Fact]
    public void Raw_html_is_kept_or_escaped_as_configured()
    {
        Assert.Contains("<span class=\"x\">hi</span>", Convert("<span class=\"x\">hi</span>").Result.Html.ToString());
        Assert.Contains("&lt;span", Convert("<span class=\"x\">hi</span>", rawHtml: false).Result.Html.ToString());
    }

    [Fact]
    public void Reads_the_body_faq_section_until_a_subheading_without_a_question()
    {
        var (result, _) = Convert("""
            Intro.

            ## Frequently asked questions

            ### Is relapse the end?

            No. It is *common*.

            ### How do I start again?

            Call someone.

            - Today.

            ### Further reading

            Not an answer.
            """);

        Assert.Equal(2, result.Faq.Count);
        var first = result.Faq[0];
        Assert.Equal(("Is relapse the end?", "is-relapse-the-end", true), (first.Question, first.Anchor, first.InBody));
        Assert.Equal("<p>No. It is <em>common</em>.</p>\n", first.AnswerHtml);
        Assert.Equal("No. It is common.", first.AnswerText);
        Assert.Equal("Call someone. Today.", result.Faq[1].AnswerText);
        Assert.Contains("Is relapse the end?</h3>", result.Html.ToString());
    }

    [Theory]
    [InlineData("# FAQ")]
    [InlineData("## FAQs")]
    [InlineData("#### faq")]
    public void Recognises_the_faq_heading_at_any_level(string heading)
    {
        Assert.Single(Convert($"{heading}\n\n{new string('#', heading.IndexOf(' ') + 1)} Why?\n\nBecause.\n").Result.Faq);
    }

    [Fact]
    public void A_heading_at_the_faq_level_ends_the_section()
    {
        var (result, _) = Convert("## FAQ\n\n### Why?\n\nBecause.\n\n## Next steps?\n\n### Really?\n\nYes.\n");
        Assert.Equal("Why?", Assert.Single(result.Faq).Question);
    }

    [Fact]
    public void Counts_prose_words_and_summarises_the_opening()
    {
        string words = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i));
        var (result, _) = Convert($"## Heading two\n\n{words}\n\n```\ncode is not counted\n```\n");

        Assert.Equal(42, result.WordCount);
        Assert.Equal(string.Join(' ', Enumerable.Range(1, 30).Select(i => "w" + i)) + "…", result.Opening);
    }

    // Each worker thread reuses one renderer: a document must come out the same whatever was rendered before it.
    [Fact]
    public void A_document_renders_the_same_after_others_on_the_same_thread()
    {
        string[] documents =
        [
            "# Title\n\nText with a footnote[^1].\n\n[^1]: The note.",
            "<div>raw html without a closing newline</div>",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "- [x] done\n- [ ] not yet\n\n    indented code",
            "Visit https://example.org/help now.\n\n## FAQ\n\n### Is it hard?\n\nYes, *at first*.",
        ];
        var shared = new MarkdownConverter(allowRawHtml: true, Config.BaseUrl);
        var origin = new MarkdownOrigin("articles/a.md", "content/articles/a.md", 1);
        foreach (string first in documents)
            foreach (string second in documents)
            {
                shared.Convert(first, origin, Links, new ErrorList());
                var again = shared.Convert(second, origin, Links, new ErrorList());
                var fresh = new MarkdownConverter(allowRawHtml: true, Config.BaseUrl).Convert(second, origin, Links, new ErrorList());
                Assert.Equal(fresh.Html, again.Html);
                Assert.Equal(fresh.Faq.Select(f => f.AnswerHtml), again.Faq.Select(f => f.AnswerHtml));
            }
    }
}
