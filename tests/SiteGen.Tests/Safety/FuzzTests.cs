using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Random documents through front matter and Markdown: whatever the input, a build ends in a site or in located
/// errors, never in an exception. Seeded, so a failure can be replayed.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "---", "\n", "\n\n", "title: ", "date: 2025-01-01", "topics: [", "]", "faq:\n  - q: ", "\n    a: ", "aliases: [", "slug: ",
        "&a ", "*a", "{", "}", "[", "](", ")", "![", "<", ">", "<script>", "</", "onclick=\"", "\"", "'", "`", "```", "#", "## ",
        "> ", "- ", "1. ", "|", "---|", "*", "_", "**", "~~", "[^1]", "[^1]: ", "\\", "&#", ";", "javascript:", "data:", "http://",
        "../", "/", ".md", ".png", "é", "日本", "\u200b", "\t", "    ", "\r\n", "%", "{{", "}}", "\u0000", "\uFFFD", "ß", "İ", "1-800-HELP",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_documents_end_in_a_site_or_located_errors(int seed)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        for (int i = 0; i < 60; i++)
        {
            var text = new System.Text.StringBuilder(i % 3 == 0 ? "---\ntitle: T\ndate: 2025-01-01\n" : "");
            int pieces = random.Next(1, 80);
            for (int p = 0; p < pieces; p++) text.Append(Fragments[random.Next(Fragments.Length)]);
            files.Add(($"content/{(i % 5 == 0 ? "pages" : "articles")}/f{i}.md", text.ToString()));
        }
        using var site = SiteFixture.Create([.. files]);

        var result = site.Build();

        Assert.All(result.Errors, error =>
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.DoesNotContain("   at ", error.Message);
        });
        Assert.Equal(result.Succeeded, result.Errors.Count == 0);
    }
}
