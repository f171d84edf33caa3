namespace SiteGen.Parse;

/// <summary>Turns an alias as written in front matter into the site-relative path it stands for.</summary>
public static class AliasPath
{
    /// <summary>
    /// "old/page", "/old/page/" and "old/page/" are one folder URL, "old/page/"; a last segment with
    /// a dot ("old.html") names a file and is kept. Returns null, with the reason, for what cannot be
    /// a path of this site.
    /// </summary>
    public static string? Normalize(string alias, out string? problem)
    {
        problem = null;
        string path = alias.Trim().TrimStart('/');
        if (path.Length == 0)
            problem = "an alias cannot be the home page";
        else if (path.IndexOfAny(['?', '#', '\\', ' ']) >= 0 || path.Contains("://", StringComparison.Ordinal) || path.Split('/').Any(s => s is "." or ".."))
            problem = $"alias '{alias}' must be a path of this site such as /old/page/";
        if (problem is not null) return null;

        string last = path.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..];
        bool isFile = !path.EndsWith('/') && last.Contains('.');
        return isFile ? path : path.TrimEnd('/') + "/";
    }
}
