namespace SiteGen.PostProcess.Search;

/// <summary>
/// Splits text into the lower-case words the index holds. Twin of <c>words()</c> in search-text.js:
/// letters and digits only, apostrophes dropped so "don't" and "dont" meet.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer runs are identifiers or URLs, not words a reader types.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Receives each word; the span is only valid during the call.</summary>
    public delegate void WordHandler(ReadOnlySpan<char> word);

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>Calls <paramref name="handle"/> for each word without allocating: indexing meets millions of words.</summary>
    public static void ForEachWord(ReadOnlySpan<char> text, WordHandler handle)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var tooLong = false;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019') continue;
            if (char.IsLetter(c) || char.IsNumber(c))
            {
                if (length < MaxWordLength) word[length++] = char.ToLowerInvariant(c);
                else tooLong = true;
                continue;
            }
            if (length > 0 && !tooLong) handle(word[..length]);
            length = 0;
            tooLong = false;
        }
        if (length > 0 && !tooLong) handle(word[..length]);
    }
}
