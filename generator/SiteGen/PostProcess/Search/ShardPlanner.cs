namespace SiteGen.PostProcess.Search;

/// <summary>
/// Groups terms into shards by prefix so a query downloads only the shard of each of its words. A shard
/// starts with one letter of prefix and splits by one more letter while it is larger than the limit; a
/// term lives in the shard of the longest key that is a prefix of it (search-engine.js looks it up so).
/// </summary>
internal static class ShardPlanner
{
    /// <param name="termBytes">The serialized size of each term's entry.</param>
    public static SortedDictionary<string, List<string>> Plan(IReadOnlyDictionary<string, int> termBytes, int byteLimit)
    {
        var shards = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var sorted = termBytes.Keys.Order(StringComparer.Ordinal).ToList();
        Split(sorted, 1, termBytes, byteLimit, shards);
        return shards;
    }

    private static void Split(List<string> terms, int prefixLength, IReadOnlyDictionary<string, int> termBytes, int byteLimit, SortedDictionary<string, List<string>> shards)
    {
        foreach (var group in terms.GroupBy(t => t[..Math.Min(prefixLength, t.Length)], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var longer = members.Where(t => t.Length > prefixLength).ToList();
            if (members.Count == 1 || longer.Count == 0 || members.Sum(t => termBytes[t]) <= byteLimit)
            {
                shards[group.Key] = members;
                continue;
            }
            // Terms exactly as long as the key cannot be told apart by a longer prefix: they stay here.
            var exact = members.Where(t => t.Length <= prefixLength).ToList();
            if (exact.Count > 0) shards[group.Key] = exact;
            Split(longer, prefixLength + 1, termBytes, byteLimit, shards);
        }
    }
}
