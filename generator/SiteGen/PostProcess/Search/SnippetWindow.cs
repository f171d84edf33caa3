namespace SiteGen.PostProcess.Search;

/// <summary>
/// The words a result's snippet shows around the first occurrence of a term, cut at build time so the
/// first page of results carries a few hundred characters per result instead of the section's text.
/// Twin of <c>highlight()</c> in search-engine.js: words are split at white space, a word matches when
/// one of its tokens stems to the term, and the window starts a few words before the first match.
/// </summary>
internal sealed class SnippetWindow(SearchLanguage language)
{
    /// <summary>Words shown before the first match (the engine's choice, repeated here).</summary>
    public const int WordsBefore = 8;

    /// <summary>Words in a snippet: SNIPPET_WORDS in search.js.</summary>
    public const int Words = 30;

    // Stems of the words met so far: the windows of a build read the same words again and again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    /// <summary>The window's text, and whether words were left out before it and after it.</summary>
    public (string Text, bool CutBefore, bool CutAfter) Around(string text, string term) => AroundEach(text, [term])[term];

    /// <summary>
    /// The windows of several terms in one text, which is split and stemmed once for all of them: a section
    /// is among the first results of many terms.
    /// </summary>
    public Dictionary<string, (string Text, bool CutBefore, bool CutAfter)> AroundEach(string text, IReadOnlyCollection<string> terms)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var firstMatch = FirstMatches(words, terms);
        var windows = new Dictionary<string, (string, bool, bool)>(terms.Count, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var start = Math.Max(0, firstMatch.GetValueOrDefault(term, -1) - WordsBefore);
            var end = Math.Min(words.Length, start + Words);
            windows[term] = (string.Join(' ', words, start, end - start), start > 0, end < words.Length);
        }
        return windows;
    }

    /// <summary>For each term that occurs, the index of the first word with a token that stems to it.</summary>
    private Dictionary<string, int> FirstMatches(string[] words, IReadOnlyCollection<string> terms)
    {
        var wanted = new HashSet<string>(terms, StringComparer.Ordinal);
        // A stem keeps the word's first letter: most tokens need no stemming to be ruled out.
        var firstLetters = new HashSet<char>(terms.Where(t => t.Length > 0).Select(t => t[0]));
        var found = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (int i = 0; i < words.Length && found.Count < wanted.Count; i++)
        {
            foreach (var word in SearchTokenizer.Words(words[i]))
            {
                var token = language.Normalize(word);
                if (token.Length == 0 || !firstLetters.Contains(token[0])) continue;
                var stem = stems.GetOrAdd(token, language.Stem);
                if (stem.Length > 0 && stem[0] == token[0] && wanted.Contains(stem)) found.TryAdd(stem, i);
            }
        }
        return found;
    }
}
