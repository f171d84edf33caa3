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
        var pageOfSection = sections.Select(s => s.Page).ToArray();
        var terms = sections.AsParallel().AsOrdered()
            .Select(s => SectionTerms.Of(s.Title, s.Section, cache))
            .ToList();

        var averageLength = SearchFieldWeights.All.Select(f => AverageLength(terms, f)).ToArray();
        var frequencies = terms.AsParallel().AsOrdered().Select(t => WeightedFrequencies(t, averageLength)).ToList();
        var weighted = new Dictionary<string, List<(int Section, double Tf)>>(StringComparer.Ordinal);
        for (var id = 0; id < frequencies.Count; id++)
        {
            foreach (var (term, tf) in frequencies[id])
            {
                if (!weighted.TryGetValue(term, out var list)) weighted[term] = list = [];
                list.Add((id, tf));
            }
        }

        var scored = weighted.AsParallel()
            .Select(kv => (Term: kv.Key, Postings: BestPostings(kv.Value, terms.Count, pageOfSection, maxPostingsPerTerm)))
            .ToList();
        return new SortedDictionary<string, Posting[]>(scored.ToDictionary(s => s.Term, s => s.Postings, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The term's postings with their BM25F scores, best first (ties by section), cut at the limit.</summary>
    private static Posting[] BestPostings(List<(int Section, double Tf)> list, int sectionCount, int[] pageOfSection, int max)
    {
        var idf = Math.Log(1 + (sectionCount - list.Count + 0.5) / (list.Count + 0.5));
        // One long per posting, higher score first then lower section: sorting primitives is several
        // times faster than sorting records with a comparison, and common words have tens of thousands.
        var keys = new long[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (section, tf) = list[i];
            var score = Quantize(idf * tf * (SearchFieldWeights.K1 + 1) / (tf + SearchFieldWeights.K1));
            keys[i] = ((long)(int.MaxValue - score) << 32) | (uint)section;
        }
        Array.Sort(keys);
        var postings = new Posting[Math.Min(max, keys.Length)];
        for (var i = 0; i < postings.Length; i++)
        {
            var section = (int)(keys[i] & uint.MaxValue);
            postings[i] = new Posting(section, int.MaxValue - (int)(keys[i] >> 32), pageOfSection[section]);
        }
        return postings;
    }

    private static int Quantize(double score) => Math.Max(1, (int)Math.Round(score * ScoreScale));

    private static double AverageLength(List<SectionTerms> sections, SearchField field)
    {
        var lengths = sections.Select(s => s.Terms(field).Length).Where(n => n > 0).ToList();
        return lengths.Count == 0 ? 1 : lengths.Average();
    }

    /// <summary>BM25F's pseudo term frequency: field counts, length-normalised and weighted, summed.</summary>
    private static KeyValuePair<string, double>[] WeightedFrequencies(SectionTerms section, double[] averageLength)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in SearchFieldWeights.All)
        {
            var words = section.Terms(field);
            if (words.Length == 0) continue;
            var b = SearchFieldWeights.LengthNormalization(field);
            var norm = SearchFieldWeights.Weight(field) / (1 - b + b * words.Length / averageLength[(int)field]);
            foreach (var word in words) result[word] = result.GetValueOrDefault(word) + norm;
        }
        return result.ToArray();
    }
}
