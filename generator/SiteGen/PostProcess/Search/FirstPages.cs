using SiteGen.Render.SearchSections;
namespace SiteGen.PostProcess.Search;

/// <summary>
/// The first results of each term as search-engine.js shows a one-word query, with what each result
/// displays, in one file per term (<c>first/TERM.json</c>). A search opened from a link then waits on the
/// term shard and this one small file, instead of a file of sections per result.
/// </summary>
internal static class FirstPages
{
    /// <summary>Twin of MAX_SECTIONS_PER_PAGE in search-engine.js: results of one page shown at most.</summary>
    public const int MaxSectionsPerPage = 3;

    /// <summary>Whether a term gets a file: with fewer results, their section files are as few.</summary>
    public static bool Has(Posting[] postings, SearchIndexOptions options) => postings.Length >= options.FirstPageMinResults;

    /// <summary>The terms the manifest names as having a file, in term order: those with the most results, then the best scores.</summary>
    public static List<string> Listed(IReadOnlyDictionary<string, Posting[]> postings, SearchIndexOptions options) =>
        postings.Where(p => Has(p.Value, options))
            .OrderByDescending(p => p.Value.Length).ThenByDescending(p => p.Value.Sum(x => (long)x.Score)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.ListedFirstPages)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The results of a one-word query in the engine's order: score, then section id, at most a few per page.</summary>
    public static List<Posting> Ranked(Posting[] postings, int count)
    {
        var perPage = new Dictionary<int, int>();
        var ranked = new List<Posting>(count);
        foreach (var p in postings.OrderByDescending(p => p.Score).ThenBy(p => p.Section))
        {
            var shown = perPage.GetValueOrDefault(p.Page) + 1;
            perPage[p.Page] = shown;
            if (shown > MaxSectionsPerPage) continue;
            ranked.Add(p);
            if (ranked.Count == count) break;
        }
        return ranked;
    }

    /// <summary>Each term that gets a file, with the file's bytes.</summary>
    public static IEnumerable<(string Term, byte[] Content)> Files(IReadOnlyDictionary<string, Posting[]> postings,
        IReadOnlyList<(SearchPage Page, SearchSection Section)> sections, SearchIndexOptions options)
    {
        var window = new SnippetWindow();
        return postings.Where(p => Has(p.Value, options)).AsParallel().AsOrdered().Select(entry =>
        {
            var results = Ranked(entry.Value, options.FirstPageSize).Select(p =>
            {
                var (page, section) = sections[p.Section];
                // The engine looks for the first match in the text the section files keep; so does the window.
                return (p.Section, page, section, window.Around(IndexJson.Truncate(section.Text, options.MaxSnippetSourceChars), entry.Key));
            });
            return (entry.Key, IndexJson.FirstPage(results));
        });
    }
}
