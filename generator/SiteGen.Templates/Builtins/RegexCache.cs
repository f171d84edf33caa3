using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// Parsed regexes shared across renders: a site renders the same template for every page, so a
/// pattern is parsed once rather than once per page. Bounded so user patterns cannot grow it forever.
/// </summary>
internal static class RegexCache
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Entries = new();

    public static Regex Get(string pattern, RegexOptions options, TimeSpan timeout)
    {
        if (Entries.TryGetValue((pattern, options), out var cached)) return cached;
        var regex = new Regex(pattern, options, timeout);
        if (Entries.Count >= Capacity) Entries.Clear();
        Entries[(pattern, options)] = regex;
        return regex;
    }
}
