using System.Collections.Concurrent;

namespace SiteGen.Render.Links;

/// <summary>
/// Finds the values of href and src attributes in HTML with a plain scan. The pages are our own
/// templates' output, so this is enough, and it is many times faster than building a DOM for each
/// of thousands of pages. Attribute names are matched in lower case, as our templates and Markdig write them.
/// </summary>
public static class HtmlLinks
{
    private static readonly string[] Attributes = ["href=", "src="];

    // Every page links to the same menu, topics and assets, and each page's links are kept until the
    // link check: one string per distinct link instead of one per page keeps that small.
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _added;

    public static IEnumerable<string> In(string html)
    {
        var links = new List<string>();
        Add(html, links);
        return links;
    }

    /// <summary>Adds the page's links to <paramref name="links"/>, in the order of <see cref="Attributes"/>, then of the page.</summary>
    public static void Add(ReadOnlySpan<char> html, List<string> links)
    {
        foreach (string attribute in Attributes)
        {
            int at = 0;
            while (true)
            {
                int found = html[at..].IndexOf(attribute, StringComparison.Ordinal);
                if (found < 0) break;
                int start = at + found + attribute.Length;
                at = start;
                // Only whole attribute names: "data-href=" or "xsrc=" are not links.
                char before = start - attribute.Length - 1 >= 0 ? html[start - attribute.Length - 1] : ' ';
                if (!char.IsWhiteSpace(before) || start >= html.Length) continue;
                char quote = html[start];
                if (quote != '"' && quote != '\'') continue;
                int length = html[(start + 1)..].IndexOf(quote);
                if (length < 0) return;
                links.Add(Decode(html.Slice(start + 1, length)));
                at = start + 1 + length + 1;
            }
        }
    }

    // Templates escape URLs for attributes; the link itself is the unescaped text.
    private static string Decode(ReadOnlySpan<char> value)
    {
        if (value.Contains('&')) return System.Net.WebUtility.HtmlDecode(value.ToString());
        if (KnownBySpan.TryGetValue(value, out var known)) return known;
        // A site has a bounded set of links; past that many, later ones are simply not shared.
        // (ConcurrentDictionary.Count would take every lock of the table on each call.)
        string link = value.ToString();
        return Interlocked.Increment(ref _added) < 1 << 20 ? Known.GetOrAdd(link, link) : link;
    }
}
