using SiteGen.Parse.Markdown;

namespace SiteGen.Tests.Parse.Markdown;

public class WordCountTests
{
    // The definition the counter must agree with, one character at a time.
    private static int Reference(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }

    private static int Count(string text)
    {
        bool inWord = false;
        return WordCount.Of(text, ref inWord);
    }

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("  two words  ")]
    [InlineData("exactly eight ch")]
    [InlineData("tabs\tand\nnew\r\nlines\vand\fform feeds between sixteen chars")]
    [InlineData("non\u00A0breaking\u2003em\u3000ideographic\u0085next-line spaces")]
    [InlineData("café naïve — déjà vu, 再见 words")]
    public void Counts_runs_of_non_space_as_char_IsWhiteSpace_defines_them(string text) =>
        Assert.Equal(Reference(text), Count(text));

    [Fact]
    public void Agrees_with_the_definition_on_random_text()
    {
        var random = new Random(7);
        char[] alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '.', 'é', '\u00A0', '\u2028', '\u3000', '\u0085', 'Z', '\u200B'];
        for (int n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 70)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Reference(text), Count(text));
        }
    }

    [Fact]
    public void A_word_cut_between_two_pieces_counts_once()
    {
        const string text = "recovery takes patience and time, one day at a time";
        for (int cut = 0; cut <= text.Length; cut++)
        {
            bool inWord = false;
            int count = WordCount.Of(text.AsSpan(0, cut), ref inWord) + WordCount.Of(text.AsSpan(cut), ref inWord);
            Assert.Equal(10, count);
        }
    }
}
