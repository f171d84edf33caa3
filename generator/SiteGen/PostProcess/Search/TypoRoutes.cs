namespace SiteGen.PostProcess.Search;

/// <summary>
/// Where to look for a word whose typo is in the letters that choose its shard ("rlapse", "elapse",
/// "bondaries"): such a word is looked up in another shard than the one holding the right word. The
/// table files each term under itself and under each of its forms less one of those letters, and
/// names the shards holding it. The browser looks up the typed word and its forms less one letter
/// the same way: one edit (a letter left out, added, changed, or two swapped) leaves a key in common.
/// </summary>
internal static class TypoRoutes
{
    /// <summary>Shorter terms come from words too short to correct (search-engine.js corrects words of five letters or more).</summary>
    public const int MinTermLength = 4;

    /// <param name="shards">Shard keys and their terms, as <see cref="ShardPlanner"/> plans them.</param>
    /// <returns>Each key with the shard keys it leads to, sorted.</returns>
    public static SortedDictionary<string, SortedSet<string>> Build(IReadOnlyDictionary<string, List<string>> shards)
    {
        var routes = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (shard, terms) in shards)
        {
            foreach (var term in terms.Where(t => t.Length >= MinTermLength))
            {
                Add(routes, term, shard);
                // An edit past the letter after the shard key leaves the word in the same shard.
                for (var p = 0; p <= shard.Length && p < term.Length; p++) Add(routes, term.Remove(p, 1), shard);
            }
        }
        return routes;
    }

    private static void Add(SortedDictionary<string, SortedSet<string>> routes, string key, string shard)
    {
        if (!routes.TryGetValue(key, out var set)) routes[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(shard);
    }

    /// <summary>The bytes of one entry, <c>"key":["shard",…]</c>, for planning the table's files.</summary>
    public static int EntryBytes(string key, SortedSet<string> shards) =>
        System.Text.Encoding.UTF8.GetByteCount(key) + 6 + shards.Sum(s => System.Text.Encoding.UTF8.GetByteCount(s) + 3);
}
