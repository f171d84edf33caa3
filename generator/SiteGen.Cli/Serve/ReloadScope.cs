using SiteGen.PostProcess.Search;
using SiteGen.Render.HostFiles;
using SiteGen.Render.Pages;
using SiteGen.Render.SearchSections;

namespace SiteGen.Cli.Serve;

/// <summary>Which open pages a set of changed output files concerns: only those reload, so a page nothing changed for keeps its place.</summary>
public static class ReloadScope
{
    private static readonly string SearchIndexFolder = new SearchIndexOptions().Folder + "/";

    /// <param name="changed">Output paths written or deleted, or null when anything may have changed.</param>
    /// <returns>The pages to reload (output paths, sorted), or null for every page.</returns>
    public static IReadOnlyList<string>? Of(IEnumerable<string>? changed)
    {
        if (changed is null) return null;
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in changed)
        {
            if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) pages.Add(path);
            else if (SearchPageOf(path) is { } searchPage) pages.Add(searchPage);
            else if (!ReadByNoPage(path)) return null;
        }
        return [.. pages];
    }

    // A language's index (search-index/, es/search-index/) is read by that language's search page.
    private static string? SearchPageOf(string path)
    {
        int at = path.IndexOf(SearchIndexFolder, StringComparison.Ordinal);
        if (at < 0) return null;
        string prefix = path[..at];
        return prefix.Length == 0 || (prefix.Count(c => c == '/') == 1 && Languages.LanguageNames.IsCode(prefix.TrimEnd('/')))
            ? PagePlan.OutputOf(prefix + PagePlan.SearchPath)
            : null;
    }

    // Feeds, the sitemap and the files for hosts are read by feed readers, crawlers and servers, never by a page;
    // anything else (a stylesheet, an image, a script) may be on any page.
    private static bool ReadByNoPage(string path) =>
        path is SecurityHeaders.Path or RedirectsFile.Path
        || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
