using System.Collections.Concurrent;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// Turns text into index terms as the browser turns a query into them: tokenized, stop words dropped,
/// stemmed. Each distinct word is stemmed once per build, and each term gets a number so postings
/// are gathered in arrays rather than dictionaries of strings. Safe for parallel use; the numbers
/// depend on thread timing, so nothing written may be ordered by them.
/// </summary>
internal sealed class TermCache(SearchLanguage language)
{
    // A stop word maps to -1.
    private readonly ConcurrentDictionary<string, int> idOfWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> idOfTerm = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> termOfId = new();
    // Each thread's own copy of the words it has met: a plain dictionary answers several times faster
    // than the shared one, and a build looks up millions of words.
    private readonly ThreadLocal<Dictionary<string, int>> local = new(() => new(StringComparer.Ordinal));
    private int count;

    /// <summary>How many distinct terms have been seen; ids run from 0 to this.</summary>
    public int Count => count;

    public string Term(int id) => termOfId[id];

    public string[] Analyze(string text)
    {
        var ids = new List<int>();
        AddIds(text, ids);
        return ids.ConvertAll(Term).ToArray();
    }

    /// <summary>Appends the term ids of <paramref name="text"/>, in order, to <paramref name="ids"/>.</summary>
    public void AddIds(ReadOnlySpan<char> text, List<int> ids)
    {
        var known = local.Value!;
        var knownBySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new SearchTokenizer.WordReader(text, stackalloc char[SearchTokenizer.MaxWordLength]);
        while (words.Next(out var word))
        {
            if (!knownBySpan.TryGetValue(word, out var id))
            {
                var w = word.ToString();
                if (!idOfWord.TryGetValue(w, out id))
                {
                    id = language.Term(w) is { } term ? IdOf(term) : -1;
                    idOfWord.TryAdd(w, id);
                }
                known[w] = id;
            }
            if (id >= 0) ids.Add(id);
        }
    }

    private int IdOf(string term) => idOfTerm.GetOrAdd(term, t =>
    {
        // GetOrAdd may run this twice for one term; only the stored id is ever handed out, and a
        // skipped number is an empty posting list.
        var id = Interlocked.Increment(ref count) - 1;
        termOfId[id] = t;
        return id;
    });
}
