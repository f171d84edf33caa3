using System.Collections.Concurrent;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// Turns text into index terms as the browser turns a query into them: tokenized, stop words dropped,
/// stemmed. Each distinct word is stemmed once per build; the cache is safe for parallel use.
/// </summary>
internal sealed class TermCache
{
    // A stop word maps to null.
    private readonly ConcurrentDictionary<string, string?> termOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public TermCache() => bySpan = termOf.GetAlternateLookup<ReadOnlySpan<char>>();

    public string[] Analyze(string text)
    {
        var result = new List<string>();
        SearchTokenizer.ForEachWord(text, word =>
        {
            if (!bySpan.TryGetValue(word, out var term))
            {
                var w = word.ToString();
                term = StopWords.English.Contains(w) ? null : EnglishStemmer.Stem(w);
                termOf.TryAdd(w, term);
            }
            if (term is not null) result.Add(term);
        });
        return result.ToArray();
    }
}
