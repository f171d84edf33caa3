namespace SiteGen.Model;

/// <summary>
/// For each article, the others sharing its topics: most topics shared first, then newest (the
/// order of the list given), so ties never depend on thread timing. Topics count as a set: one named
/// twice (which front matter never gives, see FrontMatterParser) counts once.
/// </summary>
public static class RelatedArticles
{
    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> ForAll(IReadOnlyList<Article> newestFirst, int count)
    {
        // Each topic's articles by position in the newest-first list, ascending.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < newestFirst.Count; i++)
            foreach (string topic in newestFirst[i].Topics)
            {
                if (!index.TryGetValue(topic, out var list)) index[topic] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }

        // The ranking depends only on the set of topics, and sites reuse a few sets for thousands of
        // articles: each set is ranked once, one more than needed so an article can leave itself out.
        var rankings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var map = new Dictionary<Article, IReadOnlyList<Article>>(newestFirst.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < newestFirst.Count; i++)
        {
            var topics = newestFirst[i].Topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            string key = string.Join('\n', topics);
            if (!rankings.TryGetValue(key, out var ranked)) rankings[key] = ranked = Rank(topics.Select(t => index[t]).ToArray(), count + 1);
            var related = new List<Article>(count);
            foreach (int other in ranked)
                if (other != i && related.Count < count) related.Add(newestFirst[other]);
            map[newestFirst[i]] = related;
        }
        return map;
    }

    /// <summary>
    /// The first <paramref name="count"/> articles by topics shared with <paramref name="lists"/>, then newest.
    /// Walks the topic lists together in list order (a merge), so each article is met once, newest first, with
    /// its shared count known. A later article can only win by sharing more topics, so the walk stops once
    /// every kept article shares all of them.
    /// </summary>
    private static List<int> Rank(List<int>[] lists, int count)
    {
        var at = new int[lists.Length];
        var best = new List<(int Article, int Shared)>(count + 1);
        while (lists.Length > 0 && (best.Count < count || best[^1].Shared < lists.Length))
        {
            int next = int.MaxValue;
            for (int t = 0; t < lists.Length; t++)
                if (at[t] < lists[t].Count && lists[t][at[t]] < next) next = lists[t][at[t]];
            if (next == int.MaxValue) break;

            int shared = 0;
            for (int t = 0; t < lists.Length; t++)
                if (at[t] < lists[t].Count && lists[t][at[t]] == next)
                {
                    shared++;
                    at[t]++;
                }

            // Articles arrive newest first, so one only passes those that share fewer topics.
            int place = best.Count;
            while (place > 0 && best[place - 1].Shared < shared) place--;
            if (place >= count) continue;
            best.Insert(place, (next, shared));
            if (best.Count > count) best.RemoveAt(count);
        }
        return best.ConvertAll(b => b.Article);
    }
}
