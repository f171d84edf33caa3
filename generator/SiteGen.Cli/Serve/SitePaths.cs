using SiteGen.Write;

namespace SiteGen.Cli.Serve;

/// <summary>Maps request paths to the files of a built site: /articles/x/ is articles/x/index.html.</summary>
public static class SitePaths
{
    /// <param name="siteFolder">The built site's folder.</param>
    /// <param name="urlPath">The decoded request path, starting with '/'.</param>
    public static SiteTarget Resolve(string siteFolder, string urlPath)
    {
        if (!urlPath.StartsWith('/') || urlPath.Contains('\\') || urlPath.Contains('\0')) return new SiteTarget.Missing();
        string relative = urlPath[1..];
        if (relative.Split('/').SkipLast(1).Any(part => part is "" or "." or "..") || relative.Split('/')[^1] is "." or ".." or OutputSafety.MarkerFileName)
            return new SiteTarget.Missing();

        string root = OutputSafety.Normalize(siteFolder);
        string full = Path.GetFullPath(Path.Combine(root, relative));
        if (full != root && !OutputSafety.IsInside(full, root)) return new SiteTarget.Missing();

        if (relative.Length == 0 || relative.EndsWith('/')) return Existing(Path.Combine(full, "index.html"));
        if (System.IO.File.Exists(full)) return new SiteTarget.File(full);
        if (System.IO.File.Exists(Path.Combine(full, "index.html"))) return new SiteTarget.Folder(urlPath + "/");
        return new SiteTarget.Missing();
    }

    /// <summary>The site's own not-found page, if it has one.</summary>
    public static string? NotFoundPage(string siteFolder)
    {
        string page = Path.Combine(siteFolder, "404.html");
        return System.IO.File.Exists(page) ? page : null;
    }

    private static SiteTarget Existing(string path) => System.IO.File.Exists(path) ? new SiteTarget.File(path) : new SiteTarget.Missing();
}
