namespace SiteGen.Model;

/// <summary>
/// For each article, the others sharing its topics: most topics shared first, then newest (the
/// order of the list given), so ties never depend on thread timing.
/// </summary>
public static class RelatedArticles
{
    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> ForAll(IReadOnlyList<Article> newestFirst, int count)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < newestFirst.Count; i++)
            foreach (string topic in newestFirst[i].Topics)
            {
                if (!index.TryGetValue(topic, out var list)) index[topic] = list = [];
                list.Add(i);
            }

        var result = new IReadOnlyList<Article>[newestFirst.Count];
        // Counting over topic lists costs (articles x articles per topic), not articles squared; one counter array per worker.
        Parallel.For(0, newestFirst.Count,
            () => new int[newestFirst.Count],
            (i, _, shared) =>
            {
                result[i] = Pick(i, newestFirst, index, shared, count);
                return shared;
            },
            _ => { });
        var map = new Dictionary<Article, IReadOnlyList<Article>>(newestFirst.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < newestFirst.Count; i++) map[newestFirst[i]] = result[i];
        return map;
    }

    private static IReadOnlyList<Article> Pick(int self, IReadOnlyList<Article> articles, Dictionary<string, List<int>> index, int[] shared, int count)
    {
        var touched = new List<int>();
        foreach (string topic in articles[self].Topics)
            foreach (int other in index[topic])
            {
                if (other == self) continue;
                if (shared[other]++ == 0) touched.Add(other);
            }

        // A running top-k instead of a full sort: thousands of candidates, five kept.
        var best = new List<int>(count + 1);
        foreach (int candidate in touched)
        {
            int at = best.Count;
            while (at > 0 && Better(candidate, best[at - 1], shared)) at--;
            if (at < count)
            {
                best.Insert(at, candidate);
                if (best.Count > count) best.RemoveAt(count);
            }
        }
        foreach (int i in touched) shared[i] = 0;
        return best.Select(i => articles[i]).ToList();
    }

    // More topics shared wins; then the lower index, which is the newer article (slug breaks date ties).
    private static bool Better(int a, int b, int[] shared) => shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
}
