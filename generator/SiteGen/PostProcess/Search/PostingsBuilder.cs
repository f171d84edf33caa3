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
        var sections = new List<(string Title, SearchSection Section)>();
        var pageOfSectionList = new List<int>();
        for (var pageId = 0; pageId < pages.Count; pageId++)
        {
            foreach (var section in pages[pageId].Sections)
            {
                sections.Add((pages[pageId].Title, section));
                pageOfSectionList.Add(pageId);
            }
        }
        var pageOfSection = pageOfSectionList.ToArray();
        var terms = new SectionTerms[sections.Count];
        Parallel.For(0, sections.Count, i => terms[i] = SectionTerms.Of(sections[i].Title, sections[i].Section, cache));

        var averageLength = SearchFieldWeights.All.Select(f => AverageLength(terms, f)).ToArray();
        var frequencies = new (int[] Terms, double[] Tf)[terms.Length];
        Parallel.For(0, terms.Length, i => frequencies[i] = WeightedFrequencies(terms[i], averageLength));

        // Each term's postings side by side in two flat arrays, sections ascending within a term:
        // counting first, then filling, needs no list per term.
        var start = new int[cache.Count + 1];
        foreach (var (ids, _) in frequencies)
        {
            foreach (var id in ids) start[id + 1]++;
        }
        for (var id = 0; id < cache.Count; id++) start[id + 1] += start[id];
        var sectionOf = new int[start[^1]];
        var tfOf = new double[start[^1]];
        var next = (int[])start.Clone();
        for (var section = 0; section < frequencies.Length; section++)
        {
            var (ids, tfs) = frequencies[section];
            for (var i = 0; i < ids.Length; i++)
            {
                var at = next[ids[i]]++;
                sectionOf[at] = section;
                tfOf[at] = tfs[i];
            }
        }

        var scored = new Posting[cache.Count][];
        Parallel.For(0, cache.Count, id =>
            scored[id] = BestPostings(sectionOf.AsSpan(start[id]..start[id + 1]), tfOf.AsSpan(start[id]..start[id + 1]), terms.Length, pageOfSection, maxPostingsPerTerm));
        var result = new SortedDictionary<string, Posting[]>(StringComparer.Ordinal);
        for (var id = 0; id < scored.Length; id++)
        {
            if (scored[id].Length > 0) result[cache.Term(id)] = scored[id];
        }
        return result;
    }

    /// <summary>The term's postings with their BM25F scores, best first (ties by section), cut at the limit.</summary>
    private static Posting[] BestPostings(ReadOnlySpan<int> sections, ReadOnlySpan<double> tfs, int sectionCount, int[] pageOfSection, int max)
    {
        var idf = Math.Log(1 + (sectionCount - sections.Length + 0.5) / (sections.Length + 0.5));
        // One long per posting, higher score first then lower section: sorting primitives is several
        // times faster than sorting records with a comparison, and common words have tens of thousands.
        var keys = new long[sections.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var (section, tf) = (sections[i], tfs[i]);
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

    private static double AverageLength(SectionTerms[] sections, SearchField field)
    {
        var lengths = sections.Select(s => s.Terms(field).Length).Where(n => n > 0).ToList();
        return lengths.Count == 0 ? 1 : lengths.Average();
    }

    /// <summary>BM25F's pseudo term frequency of each term of a section: field counts, length-normalised and weighted, summed.</summary>
    private static (int[] Terms, double[] Tf) WeightedFrequencies(SectionTerms section, double[] averageLength)
    {
        var result = new Dictionary<int, double>();
        foreach (var field in SearchFieldWeights.All)
        {
            var words = section.Terms(field);
            if (words.Length == 0) continue;
            var b = SearchFieldWeights.LengthNormalization(field);
            var norm = SearchFieldWeights.Weight(field) / (1 - b + b * words.Length / averageLength[(int)field]);
            foreach (var word in words) result[word] = result.GetValueOrDefault(word) + norm;
        }
        return (result.Keys.ToArray(), result.Values.ToArray());
    }
}
