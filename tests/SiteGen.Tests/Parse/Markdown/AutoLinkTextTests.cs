using Markdig;
using SiteGen.Parse.Markdown;

namespace SiteGen.Tests.Parse.Markdown;

public class AutoLinkTextTests
{
    [Theory]
    [InlineData("Call https://example.org today")]
    [InlineData("Old site: HTTP://example.org")]
    [InlineData("files at ftp://files.example.org")]
    [InlineData("write to mailto:help@example.org")]
    [InlineData("MAILTO:help@example.org")]
    [InlineData("tel:+18006624357")]
    [InlineData("see www.example.org")]
    [InlineData("see WWW.example.org")]
    // A non-ASCII letter may lower-case to an ASCII one, so it counts as a possible match.
    [InlineData("see w\u212A.example.org")]
    public void Text_that_may_hold_a_bare_url_is_flagged(string markdown) =>
        Assert.True(AutoLinkText.MayContain(markdown));

    [Theory]
    [InlineData("Plain prose. Two sentences, no links.")]
    [InlineData("A footnote[^1].\n\n[^1]: Its text: with colons.")]
    [InlineData("[a link](/articles/trust/) and [another](other.md#part)")]
    [InlineData("Time: 10:30. Ratio 3:1.")]
    public void Prose_without_a_bare_url_is_not(string markdown) =>
        Assert.False(AutoLinkText.MayContain(markdown));

    // The pipeline without autolinks is only used for text cleared here: on such text both must agree.
    [Fact]
    public void Cleared_text_renders_the_same_with_and_without_the_autolink_extension()
    {
        var full = MarkdownPipelineFactory.Create(allowRawHtml: true, "https://example.org/");
        var lean = MarkdownPipelineFactory.Create(allowRawHtml: true, "https://example.org/", autoLinks: false);
        string[] parts = ["h", "w", "f", "m", "t", "http", "www", "ftp", "mail", "tel", "Ww", " ", "\n", "\n\n", "*", "**", "_", "[", "]",
            "(", ")", "<", ">", "a", "b.", ".", ":", "/", "`", "\\", "!", "<a href=x>", "</a>", "# ", "- ", "> ", "|", "[^1]", "~", "@", "e", "l"];
        var random = new Random(11);
        int cleared = 0;
        for (int n = 0; n < 20000; n++)
        {
            string markdown = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => parts[random.Next(parts.Length)]));
            if (AutoLinkText.MayContain(markdown)) continue;
            cleared++;
            Assert.Equal(Markdig.Markdown.ToHtml(markdown, full), Markdig.Markdown.ToHtml(markdown, lean));
        }
        Assert.True(cleared > 10000);
    }
}
