namespace SiteGen.PostProcess.Search;

/// <summary>
/// The words a result's snippet shows around the first occurrence of a term, cut at build time so the
/// first page of results carries a few hundred characters per result instead of the section's text.
/// Twin of <c>highlight()</c> in search-engine.js: words are split at white space, a word matches when
/// one of its tokens stems to the term, and the window starts a few words before the first match.
/// </summary>
internal sealed class SnippetWindow
{
    /// <summary>Words shown before the first match (the engine's choice, repeated here).</summary>
    public const int WordsBefore = 8;

    /// <summary>Words in a snippet: SNIPPET_WORDS in search.js.</summary>
    public const int Words = 30;

    // Stems of the words met so far: the windows of a build read the same words again and again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    /// <summary>The window's text, and whether words were left out before it and after it.</summary>
    public (string Text, bool CutBefore, bool CutAfter) Around(string text, string term)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => Matches(w, term));
        var start = Math.Max(0, first - WordsBefore);
        var end = Math.Min(words.Length, start + Words);
        return (string.Join(' ', words, start, end - start), start > 0, end < words.Length);
    }

    private bool Matches(string word, string term)
    {
        foreach (var token in SearchTokenizer.Words(word))
        {
            // A stem keeps the word's first letter: most words need no stemming to be ruled out.
            if (token.Length == 0 || token[0] != term[0]) continue;
            if (stems.GetOrAdd(token, EnglishStemmer.Stem) == term) return true;
        }
        return false;
    }
}
