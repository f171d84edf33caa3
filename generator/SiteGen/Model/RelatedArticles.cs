using System.Collections.Concurrent;

namespace SiteGen.Model;

/// <summary>
/// For each article, the others sharing its topics: most topics shared first, then newest (the
/// order of the list given), so ties never depend on thread timing. Topics count as a set: one named
/// twice (which front matter never gives, see FrontMatterParser) counts once.
/// <para>
/// Articles are ranked when first asked for, from any thread: a rebuild that shows one edited article
/// ahead of the rest needs its related articles long before the others'.
/// </para>
/// </summary>
public sealed class RelatedArticles
{
    private readonly IReadOnlyList<Article> _newestFirst;
    private readonly int _count;
    private readonly Dictionary<Article, int> _positions;
    // Each topic's articles by position in the newest-first list, ascending.
    private readonly Dictionary<string, List<int>> _index = new(StringComparer.Ordinal);
    // The ranking depends only on the set of topics, and sites reuse a few sets for thousands of
    // articles: each set is ranked once, one more than needed so an article can leave itself out.
    private readonly ConcurrentDictionary<string, List<int>> _rankings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Article, IReadOnlyList<Article>> _related = new(ReferenceEqualityComparer.Instance);

    /// <param name="newestFirst">The site's articles, newest first.</param>
    /// <param name="count">How many related articles each gets at most.</param>
    public RelatedArticles(IReadOnlyList<Article> newestFirst, int count)
    {
        _newestFirst = newestFirst;
        _count = count;
        _positions = new Dictionary<Article, int>(newestFirst.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < newestFirst.Count; i++)
        {
            _positions[newestFirst[i]] = i;
            foreach (string topic in newestFirst[i].Topics)
            {
                if (!_index.TryGetValue(topic, out var list)) _index[topic] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
    }

    /// <summary>The articles related to <paramref name="article"/>; none for an article not in the list.</summary>
    public IReadOnlyList<Article> Of(Article article) =>
        _related.TryGetValue(article, out var found) ? found : _related.GetOrAdd(article, Rank);

    private IReadOnlyList<Article> Rank(Article article)
    {
        if (!_positions.TryGetValue(article, out int self)) return [];
        var topics = article.Topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string key = string.Join('\n', topics);
        var ranked = _rankings.GetOrAdd(key, _ => Rank(topics.Select(t => _index[t]).ToArray(), _count + 1));
        var related = new List<Article>(_count);
        foreach (int other in ranked)
            if (other != self && related.Count < _count) related.Add(_newestFirst[other]);
        return related;
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
