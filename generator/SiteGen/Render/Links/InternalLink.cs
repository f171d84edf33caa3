namespace SiteGen.Render.Links;

/// <summary>Where an internal link of a page leads, as a path in the output folder.</summary>
public static class InternalLink
{
    /// <summary>
    /// The output path a link points at ("articles/x/index.html" for "/blog/articles/x/"), or null
    /// when the link leaves the site or stays on the page (http:, mailto:, tel:, "#top").
    /// <paramref name="outsideBase"/> is set for a root-relative link that misses the base path,
    /// which breaks as soon as the site is served from a sub-folder.
    /// </summary>
    public static string? Target(string url, string pageOutputPath, string basePath, out bool outsideBase)
    {
        outsideBase = false;
        int cut = url.IndexOfAny(['#', '?']);
        string path = cut >= 0 ? url[..cut] : url;
        if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || HasScheme(path)) return null;

        string relative;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
            {
                outsideBase = true;
                return null;
            }
            relative = path.Length < basePath.Length ? "" : path[basePath.Length..];
        }
        else
        {
            int slash = pageOutputPath.LastIndexOf('/');
            relative = Normalize((slash >= 0 ? pageOutputPath[..(slash + 1)] : "") + path);
        }
        relative = Uri.UnescapeDataString(relative);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>True when the target exists as a file, or as a folder with an index.html.</summary>
    public static bool Resolves(string target, ISet<string> outputPaths) =>
        outputPaths.Contains(target) || outputPaths.Contains(target + "/index.html");

    private static bool HasScheme(string url)
    {
        int colon = url.IndexOf(':');
        int slash = url.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
