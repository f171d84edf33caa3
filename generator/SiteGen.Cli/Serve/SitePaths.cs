using SiteGen.Write;

namespace SiteGen.Cli.Serve;

/// <summary>Maps request paths to the files of a built site: /articles/x/ is articles/x/index.html.</summary>
public static class SitePaths
{
    /// <param name="siteFolder">The built site's folder.</param>
    /// <param name="urlPath">The decoded request path, starting with '/'.</param>
    public static SiteTarget Resolve(string siteFolder, string urlPath)
    {
        if (Relative(urlPath) is not { } relative) return new SiteTarget.Missing();

        string root = OutputSafety.Normalize(siteFolder);
        string full = Path.GetFullPath(Path.Combine(root, relative));
        if (full != root && !OutputSafety.IsInside(full, root)) return new SiteTarget.Missing();

        if (relative.Length == 0 || relative.EndsWith('/')) return Existing(Path.Combine(full, "index.html"));
        if (System.IO.File.Exists(full)) return new SiteTarget.File(full);
        if (System.IO.File.Exists(Path.Combine(full, "index.html"))) return new SiteTarget.Folder(urlPath + "/");
        return new SiteTarget.Missing();
    }

    /// <summary>
    /// The output paths a request path would be answered from once they exist, best first: /articles/x/ is
    /// articles/x/index.html; /articles/x is the file articles/x, else the folder's page. Empty for a path
    /// that can name no file of the site.
    /// </summary>
    public static IReadOnlyList<string> OutputPathsOf(string urlPath) => Relative(urlPath) switch
    {
        null => [],
        "" => ["index.html"],
        var folder when folder.EndsWith('/') => [folder + "index.html"],
        var file => [file, file + "/index.html"],
    };

    /// <summary>The request path relative to the site's root, or null when it could lead outside it or to SiteGen's own marker.</summary>
    private static string? Relative(string urlPath)
    {
        if (!urlPath.StartsWith('/') || urlPath.Contains('\\') || urlPath.Contains('\0')) return null;
        string relative = urlPath[1..];
        string[] parts = relative.Split('/');
        return parts.SkipLast(1).Any(part => part is "" or "." or "..") || parts[^1] is "." or ".." or OutputSafety.MarkerFileName ? null : relative;
    }

    /// <summary>The site's own not-found page, as an output path.</summary>
    public const string NotFoundFile = "404.html";

    /// <summary>The site's own not-found page, if it has one.</summary>
    public static string? NotFoundPage(string siteFolder)
    {
        string page = Path.Combine(siteFolder, NotFoundFile);
        return System.IO.File.Exists(page) ? page : null;
    }

    private static SiteTarget Existing(string path) => System.IO.File.Exists(path) ? new SiteTarget.File(path) : new SiteTarget.Missing();
}
