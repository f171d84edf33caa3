using SiteGen.Render.SearchSections;
namespace SiteGen.PostProcess.Search;

/// <summary>
/// Scores every term in every section with BM25F (field weights from <see cref="SearchFieldWeights"/>)
/// at build time, so the browser only adds up precomputed scores.
/// </summary>
internal static class PostingsBuilder
{
    /// <summary>Scores are stored as integers: a tenth of a BM25 point is finer than ranking needs.</summary>
    private const double ScoreScale = 10;

    public static SortedDictionary<string, Posting[]> Build(IReadOnlyList<SearchPage> pages, int maxPostingsPerTerm, SearchLanguage? language = null)
    {
        var cache = new TermCache(language ?? SearchLanguage.English);
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
        Parallel.For(0, sections.Count, () => new SectionTerms.Scratch(), (i, _, scratch) =>
        {
            terms[i] = SectionTerms.Of(sections[i].Title, sections[i].Section, cache, scratch);
            return scratch;
        }, _ => { });

        var averageLength = SearchFieldWeights.All.Select(f => AverageLength(terms, f)).ToArray();

        // Each term's postings side by side in two flat arrays, sections ascending within a term:
        // counted first, then filled section by section, with no list per term or per section. A posting is
        // scored as it is filled (a term's idf is known from its count), so it is kept as an int, not its frequency.
        var start = PostingStarts(terms, cache.Count);
        var idf = new double[cache.Count];
        for (var id = 0; id < idf.Length; id++)
        {
            var sectionsWithTerm = start[id + 1] - start[id];
            idf[id] = Math.Log(1 + (terms.Length - sectionsWithTerm + 0.5) / (sectionsWithTerm + 0.5));
        }
        var sectionOf = new int[start[^1]];
        var scoreOf = new int[start[^1]];
        var next = (int[])start.Clone();
        var sums = new double[cache.Count];
        var touched = new List<int>();
        for (var section = 0; section < terms.Length; section++)
        {
            WeightedFrequencies(terms[section], averageLength, sums, touched);
            foreach (var id in touched)
            {
                var at = next[id]++;
                sectionOf[at] = section;
                scoreOf[at] = Score(idf[id], sums[id]);
                sums[id] = 0;
            }
            // Released once read: at 10,000 articles the sections' terms are tens of megabytes.
            terms[section] = null!;
        }

        var scored = new Posting[cache.Count][];
        Parallel.For(0, cache.Count, id =>
            scored[id] = BestPostings(sectionOf.AsSpan(start[id]..start[id + 1]), scoreOf.AsSpan(start[id]..start[id + 1]), pageOfSection, maxPostingsPerTerm));
        var result = new SortedDictionary<string, Posting[]>(StringComparer.Ordinal);
        for (var id = 0; id < scored.Length; id++)
        {
            if (scored[id].Length > 0) result[cache.Term(id)] = scored[id];
        }
        return result;
    }

    /// <summary>A posting's BM25F score from its term's idf and its pseudo term frequency, quantized.</summary>
    private static int Score(double idf, double tf) =>
        Quantize(idf * tf * (SearchFieldWeights.K1 + 1) / (tf + SearchFieldWeights.K1));

    /// <summary>The term's postings with their scores, best first (ties by section), cut at the limit.</summary>
    private static Posting[] BestPostings(ReadOnlySpan<int> sections, ReadOnlySpan<int> scores, int[] pageOfSection, int max)
    {
        var (cutScore, tiesKept) = Cut(scores, max);

        // One long per kept posting, higher score first then lower section: sorting primitives is
        // several times faster than sorting records with a comparison.
        var keys = new long[Math.Min(max, scores.Length)];
        var kept = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < cutScore || (scores[i] == cutScore && tiesKept-- <= 0)) continue;
            keys[kept++] = ((long)(int.MaxValue - scores[i]) << 32) | (uint)sections[i];
        }
        Array.Sort(keys);
        var postings = new Posting[keys.Length];
        for (var i = 0; i < postings.Length; i++)
        {
            var section = (int)(keys[i] & uint.MaxValue);
            postings[i] = new Posting(section, int.MaxValue - (int)(keys[i] >> 32), pageOfSection[section]);
        }
        return postings;
    }

    /// <summary>
    /// The lowest score that makes the best <paramref name="max"/>, and how many postings of exactly
    /// that score fit (the first ones, as sections run in ascending order). Counted per score instead of
    /// sorting every posting: common words have tens of thousands and keep a few hundred.
    /// </summary>
    private static (int Score, int TiesKept) Cut(ReadOnlySpan<int> scores, int max)
    {
        if (scores.Length <= max) return (0, 0);
        var top = 0;
        foreach (var score in scores) top = Math.Max(top, score);
        var perScore = new int[top + 1];
        foreach (var score in scores) perScore[score]++;
        var above = 0;
        for (var score = perScore.Length - 1; ; score--)
        {
            if (above + perScore[score] >= max) return (score, max - above);
            above += perScore[score];
        }
    }

    private static int Quantize(double score) => Math.Max(1, (int)Math.Round(score * ScoreScale));

    private static double AverageLength(SectionTerms[] sections, SearchField field)
    {
        var lengths = sections.Select(s => s.Length(field)).Where(n => n > 0).ToList();
        return lengths.Count == 0 ? 1 : lengths.Average();
    }

    /// <summary>Where each term's postings start in the flat arrays (and, last, their total): one per section holding the term in any field.</summary>
    private static int[] PostingStarts(SectionTerms[] sections, int termCount)
    {
        var start = new int[termCount + 1];
        var lastSection = new int[termCount];
        Array.Fill(lastSection, -1);
        for (var section = 0; section < sections.Length; section++)
        {
            foreach (var field in SearchFieldWeights.All)
            {
                foreach (var (id, _) in sections[section].Counts(field))
                {
                    if (lastSection[id] == section) continue;
                    lastSection[id] = section;
                    start[id + 1]++;
                }
            }
        }
        for (var id = 0; id < termCount; id++) start[id + 1] += start[id];
        return start;
    }

    /// <summary>
    /// BM25F's pseudo term frequency of each term of a section, into <paramref name="sums"/> (by term id;
    /// the ids set are listed in <paramref name="touched"/>): field counts, length-normalised and
    /// weighted, summed. Each occurrence is added on its own, field by field, so the sums are the same
    /// to the last bit however the counting is organised.
    /// </summary>
    private static void WeightedFrequencies(SectionTerms section, double[] averageLength, double[] sums, List<int> touched)
    {
        touched.Clear();
        foreach (var field in SearchFieldWeights.All)
        {
            var length = section.Length(field);
            if (length == 0) continue;
            var b = SearchFieldWeights.LengthNormalization(field);
            var norm = SearchFieldWeights.Weight(field) / (1 - b + b * length / averageLength[(int)field]);
            foreach (var (id, count) in section.Counts(field))
            {
                if (sums[id] == 0) touched.Add(id);
                for (var n = count; n > 0; n--) sums[id] += norm;
            }
        }
    }
}
