namespace SiteGen.Parse;

/// <summary>Turns an alias as written in front matter into the site-relative path it stands for.</summary>
public static class AliasPath
{
    /// <summary>
    /// "old/page", "/old/page/" and "old/page/" are one folder URL, "old/page/"; a last segment with
    /// a dot ("old.html") names a file and is kept. An address with a query, the way WordPress names
    /// posts ("/?p=123", "/index.php?page_id=7"), keeps its query with the pairs decoded and sorted:
    /// "?p=123". Returns null, with the reason, for what cannot be a path of this site.
    /// </summary>
    public static string? Normalize(string alias, out string? problem)
    {
        problem = null;
        string text = alias.Trim();
        var (written, writtenQuery) = Model.Alias.Split(text);
        string path = written.TrimStart('/');
        string? query = writtenQuery is null ? null : Query(writtenQuery);
        if (path.Length == 0 && writtenQuery is null)
            problem = "an alias cannot be the home page";
        else if (writtenQuery is not null && query is null)
            problem = $"alias '{alias}' has an empty query; write it as /?p=123";
        else if (text.IndexOfAny(['#', '\\']) >= 0 || path.Contains(' ') || path.Contains("://", StringComparison.Ordinal)
                 || path.Split('/').Any(s => s is "." or ".."))
            problem = $"alias '{alias}' must be a path of this site such as /old/page/ or /?p=123";
        if (problem is not null) return null;

        // The home page answers at index.html too: "/index.html?p=1" is "/?p=1".
        if (query is not null && path.Equals("index.html", StringComparison.OrdinalIgnoreCase)) path = "";
        if (path.Length > 0)
        {
            string last = path.TrimEnd('/');
            last = last[(last.LastIndexOf('/') + 1)..];
            bool isFile = !path.EndsWith('/') && last.Contains('.');
            path = isFile ? path : path.TrimEnd('/') + "/";
        }
        return query is null ? path : path + "?" + query;
    }

    /// <summary>The query's name=value pairs, decoded as browsers decode them, in ordinal order; null when there are none.</summary>
    private static string? Query(string query)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            int equals = pair.IndexOf('=');
            return equals < 0 ? Decode(pair) + "=" : Decode(pair[..equals]) + "=" + Decode(pair[(equals + 1)..]);
        }).Where(pair => !pair.StartsWith('=')).Order(StringComparer.Ordinal).ToList();
        return pairs.Count == 0 ? null : string.Join('&', pairs);
    }

    private static string Decode(string part) => Uri.UnescapeDataString(part.Replace('+', ' '));
}
