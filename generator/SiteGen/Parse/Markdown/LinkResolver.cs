using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Safety;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// Rewrites links and images of a parsed document to site URLs: [text](other.md#part) becomes the
/// other document's URL, ![..](photo.jpg) the copied file's URL, /about/ gains the base path. A link to
/// an article or file that does not exist is an error at the link, and so is an image on another
/// site: showing it would make every reader's browser contact that site.
/// </summary>
public static class LinkResolver
{
    public static void Resolve(DocumentScan.Result scan, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        // An autolink (<https://...>) is only ever external; its scheme is all there is to check.
        foreach (var auto in scan.Autolinks)
            if (UrlSchemes.Problem(auto.Url, isImage: false) is { } refused)
                errors.Add(origin.DisplayPath, origin.FirstLine + auto.Line, auto.Column + 1, $"link '{Shorten(auto.Url)}': {refused}");
        foreach (var link in scan.Links)
        {
            string? url = link.Url;
            if (string.IsNullOrEmpty(url)) continue;
            string? problem;
            if (UrlSchemes.Problem(url, link.IsImage) is { } refused) problem = $"{(link.IsImage ? "image" : "link")} '{Shorten(url)}': {refused}";
            else if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) problem = null;
            else if (IsExternal(url)) problem = link.IsImage ? ExternalImage(url, site) : null;
            else if (url.StartsWith('#')) problem = null;
            else (link.Url, problem) = Rewrite(url, link.IsImage, origin.SourcePath, site);
            if (problem is not null) errors.Add(origin.DisplayPath, origin.FirstLine + link.Line, link.Column + 1, problem);
        }
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    /// <summary>The site URL for a link written in the document at <paramref name="fromSourcePath"/>, or the URL unchanged and a problem.</summary>
    public static (string Url, string? Problem) Rewrite(string url, bool isImage, string fromSourcePath, SiteLinks site)
    {
        var (path, suffix) = SplitSuffix(url);
        string? target = ContentPath.Resolve(fromSourcePath, path);
        if (target is null) return (url, $"link '{url}' points outside the content folder");

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (site.Documents.TryGetValue(target, out string? sitePath)) return (site.Config.RootUrl(sitePath) + suffix, null);
            // The build fails on that document's own error; once it is fixed, the link resolves.
            if (site.Broken.Contains(target)) return (url, null);
            if (site.Expired.TryGetValue(target, out var expired))
                return (url, $"link to '{url}': {site.Display(target)} expired on {expired:yyyy-MM-dd} and is taken down; link to what replaces it");
            if (site.Scheduled.TryGetValue(target, out var date))
                return (url, $"link to '{url}': {site.Display(target)} is scheduled for {date:yyyy-MM-dd} and not published yet");
            if (site.Unpublished.Contains(target)) return (url, $"link to '{url}': {site.Display(target)} is a draft and is not published");
            return (url, $"link to missing article '{url}': there is no {site.Display(target)}");
        }

        if (isImage || Path.GetExtension(path.TrimEnd('/')).Length > 0)
        {
            var (file, problem) = FindFile(path, target, isImage ? "image" : "file", url);
            if (file is not null && isImage && site.ImageProblem?.Invoke(file) is { } bad) return (url, $"image '{url}' {bad}");
            return file is null ? (url, problem) : (site.Config.RootUrl(file) + suffix, null);
        }

        // A root-relative page link such as /about/ means this site's page, so it follows base_url's sub-path.
        return path.StartsWith('/') ? (site.Config.RootUrl(path) + suffix, null) : (url, null);

        (string? File, string? Problem) FindFile(string linkPath, string besideDocument, string kind, string written)
        {
            if (site.Files.Contains(besideDocument)) return (besideDocument, null);
            string? fromRoot = ContentPath.FromRoot(linkPath);
            if (fromRoot is not null && site.Files.Contains(fromRoot)) return (fromRoot, null);
            string alsoTried = fromRoot is not null && fromRoot != besideDocument ? $" or {site.Display(fromRoot)}" : "";
            return (null, $"missing {kind} '{written}': there is no {site.Display(besideDocument)}{alsoTried}");
        }
    }

    /// <summary>A front matter image as a site path (images/x.jpg), or a problem.</summary>
    public static (string? SitePath, string? Problem) ImagePath(string image, string fromSourcePath, SiteLinks site)
    {
        if (IsExternal(image)) return (null, ExternalImage(image, site));
        var (url, problem) = Rewrite(image, isImage: true, fromSourcePath, site);
        return problem is null ? (url[site.Config.BasePath.Length..], null) : (null, problem);
    }

    private static string ExternalImage(string url, SiteLinks site) =>
        $"image '{url}' is on another site, which every reader's browser would contact; save it under {site.Display("images/")} instead";

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        int cut = url.IndexOfAny(['#', '?']);
        return (Uri.UnescapeDataString(cut < 0 ? url : url[..cut]), cut < 0 ? "" : url[cut..]);
    }

    /// <summary>http:, https:, mailto:, tel:, data: ... or protocol-relative //host: anything that is not a path of this site.</summary>
    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        int colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
    }
}
