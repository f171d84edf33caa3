using SiteGen.Parse.Markdown;

namespace SiteGen.Tests.Parse.Markdown;

public class BodyTextTests
{
    // What a summary is: the words string.Split finds, joined by single spaces, cut with an ellipsis.
    private static string Reference(string text, int max)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= max ? string.Join(' ', parts) : string.Join(' ', parts.Take(max)).TrimEnd(',', ';', ':', '.') + "…";
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("One two three.", 3)]
    [InlineData("One two three four.", 3)]
    [InlineData("  One,\ttwo;\n three:  four", 3)]
    [InlineData("Ends on dots... then more", 3)]
    [InlineData("A \u00A0non-breaking\u2003space", 2)]
    [InlineData("Anything", 0)]
    public void Truncate_keeps_the_first_words_one_space_apart(string text, int max) =>
        Assert.Equal(Reference(text, max), BodyText.Truncate(text, max));

    [Fact]
    public void Truncate_agrees_with_splitting_on_random_text()
    {
        var random = new Random(3);
        char[] alphabet = ['a', 'b', ' ', '\n', '\t', '.', ',', ';', ':', '\u00A0', '\u3000', 'é'];
        for (int n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            int max = random.Next(0, 8);
            Assert.Equal(Reference(text, max), BodyText.Truncate(text, max));
        }
    }
}
