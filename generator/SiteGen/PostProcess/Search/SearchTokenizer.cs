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

    public static void ForEachWord(ReadOnlySpan<char> text, WordHandler handle)
    {
        var words = new WordReader(text, stackalloc char[MaxWordLength]);
        while (words.Next(out var word)) handle(word);
    }

    /// <summary>
    /// The words of a text one at a time, lowered into a buffer of <see cref="MaxWordLength"/> characters,
    /// without allocating or calling back: indexing meets millions of words.
    /// </summary>
    public ref struct WordReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly Span<char> buffer = buffer;
        private int at;

        /// <returns>False after the last word; <paramref name="word"/> is valid until the next call.</returns>
        public bool Next(out ReadOnlySpan<char> word)
        {
            // Locals rather than fields in the loop: the JIT keeps them in registers.
            var text = this.text;
            var buffer = this.buffer;
            var i = at;
            var length = 0;
            var tooLong = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsNumber(c))
                {
                    if (length < MaxWordLength) buffer[length++] = c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                    else tooLong = true;
                    continue;
                }
                if (c is '\'' or '\u2019') continue;
                if (length > 0 && !tooLong)
                {
                    at = i + 1;
                    word = buffer[..length];
                    return true;
                }
                length = 0;
                tooLong = false;
            }
            at = i;
            word = buffer[..length];
            return length > 0 && !tooLong;
        }
    }
}
