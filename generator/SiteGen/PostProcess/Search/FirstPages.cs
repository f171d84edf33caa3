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
        var ranked = postings.Where(p => Has(p.Value, options))
            .Select(p => (Term: p.Key, Results: Ranked(p.Value, options.FirstPageSize)))
            .ToList();
        var snippets = Snippets(ranked, sections, options);
        return ranked.AsParallel().AsOrdered().Select(entry =>
            (entry.Term, IndexJson.FirstPage(entry.Results.Select(p =>
            {
                var (page, section) = sections[p.Section];
                return (p.Section, page, section, snippets[p.Section][entry.Term]);
            }))));
    }

    /// <summary>
    /// The snippet of every (section, term) a first page shows, by section: each section's text is split and
    /// stemmed once for all the terms that rank it, where one pass per term and result read it hundreds of times.
    /// </summary>
    private static Dictionary<int, Dictionary<string, (string Text, bool CutBefore, bool CutAfter)>> Snippets(
        List<(string Term, List<Posting> Results)> ranked, IReadOnlyList<(SearchPage Page, SearchSection Section)> sections, SearchIndexOptions options)
    {
        var termsBySection = new Dictionary<int, List<string>>();
        foreach (var (term, results) in ranked)
        {
            foreach (var p in results)
            {
                if (!termsBySection.TryGetValue(p.Section, out var terms)) termsBySection[p.Section] = terms = [];
                terms.Add(term);
            }
        }
        var window = new SnippetWindow(options.Language);
        // The engine looks for the first match in the text the section files keep; so does the window.
        return termsBySection.AsParallel()
            .Select(entry => (entry.Key, window.AroundEach(IndexJson.Truncate(sections[entry.Key].Section.Text, options.MaxSnippetSourceChars), entry.Value)))
            .ToDictionary(e => e.Key, e => e.Item2);
    }
}
