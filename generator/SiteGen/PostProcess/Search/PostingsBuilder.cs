namespace SiteGen.PostProcess.Search;

/// <summary>
/// Scores every term in every section with BM25F (field weights from <see cref="SearchFieldWeights"/>)
/// at build time, so the browser only adds up precomputed scores.
/// </summary>
internal static class PostingsBuilder
{
    /// <summary>Scores are stored as integers: a tenth of a BM25 point is finer than ranking needs.</summary>
    private const double ScoreScale = 10;

    public static SortedDictionary<string, Posting[]> Build(IReadOnlyList<SearchPage> pages, int maxPostingsPerTerm)
    {
        var cache = new TermCache();
        var sections = pages
            .SelectMany((page, pageId) => page.Sections.Select(section => (Page: pageId, page.Title, Section: section)))
            .ToList();
        var terms = sections.AsParallel().AsOrdered()
            .Select(s => SectionTerms.Of(s.Title, s.Section, cache))
            .ToList();

        var averageLength = SearchFieldWeights.All.ToDictionary(f => f, f => AverageLength(terms, f));
        var weighted = new Dictionary<string, List<(int Section, double Tf)>>(StringComparer.Ordinal);
        for (var id = 0; id < terms.Count; id++)
        {
            foreach (var (term, tf) in WeightedFrequencies(terms[id], averageLength))
            {
                if (!weighted.TryGetValue(term, out var list)) weighted[term] = list = [];
                list.Add((id, tf));
            }
        }

        var result = new SortedDictionary<string, Posting[]>(StringComparer.Ordinal);
        foreach (var (term, list) in weighted)
        {
            var idf = Math.Log(1 + (terms.Count - list.Count + 0.5) / (list.Count + 0.5));
            var postings = new Posting[list.Count];
            for (var i = 0; i < postings.Length; i++)
            {
                var (section, tf) = list[i];
                postings[i] = new Posting(section, Quantize(idf * tf * (SearchFieldWeights.K1 + 1) / (tf + SearchFieldWeights.K1)), sections[section].Page);
            }
            Array.Sort(postings, BestFirst);
            result[term] = postings.Length <= maxPostingsPerTerm ? postings : postings[..maxPostingsPerTerm];
        }
        return result;
    }

    private static int BestFirst(Posting a, Posting b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Section.CompareTo(b.Section);

    private static int Quantize(double score) => Math.Max(1, (int)Math.Round(score * ScoreScale));

    private static double AverageLength(List<SectionTerms> sections, SearchField field)
    {
        var lengths = sections.Select(s => s.Terms(field).Length).Where(n => n > 0).ToList();
        return lengths.Count == 0 ? 1 : lengths.Average();
    }

    /// <summary>BM25F's pseudo term frequency: field counts, length-normalised and weighted, summed.</summary>
    private static Dictionary<string, double> WeightedFrequencies(SectionTerms section, Dictionary<SearchField, double> averageLength)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in SearchFieldWeights.All)
        {
            var words = section.Terms(field);
            if (words.Length == 0) continue;
            var b = SearchFieldWeights.LengthNormalization(field);
            var norm = SearchFieldWeights.Weight(field) / (1 - b + b * words.Length / averageLength[field]);
            foreach (var word in words) result[word] = result.GetValueOrDefault(word) + norm;
        }
        return result;
    }
}
