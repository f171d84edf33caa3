using SiteGen.Diagnostics;

namespace SiteGen.Parse;

/// <summary>
/// Finds documents that would be written to the same place: two articles with one slug, a page whose slug is a
/// folder or file the site writes itself, an alias that would replace such a file. Found from front matter, before
/// anything renders, so each is reported at its slug or alias. The first document by path keeps the place.
/// </summary>
public static class PathConflicts
{
    /// <summary>First path segments the generator writes itself: list pages, topic pages, article folders, FAQ, search.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "articles", "topics", "page", "assets", "faq", "search", "search-index",
    };

    /// <summary>Files at the site's root that the generator writes: host files, feeds, the home and 404 pages.</summary>
    public static readonly IReadOnlySet<string> GeneratedFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "_headers", "_redirects", "robots.txt", "sitemap.xml", "404.html", "feed.xml", "index.html",
        "query-redirects.json",
    };

    /// <summary>The documents that keep their place, in the order given.</summary>
    /// <param name="themeNames">The first path segments of the theme's assets (css, js, favicon.svg), which a page slug may not take.</param>
    public static IReadOnlyList<SourceDocument> Resolve(IReadOnlyList<SourceDocument> documents, ErrorList errors, IReadOnlySet<string>? themeNames = null)
    {
        var owners = new Dictionary<string, SourceDocument>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<SourceDocument>();
        foreach (var doc in documents)
        {
            var front = doc.Front;
            // An address with a query replaces no file: the host serves the page of its path for it.
            foreach (var alias in front.Aliases.Where(a => !a.HasQuery))
                if (TakenBySite(alias.Path.TrimEnd('/'), themeNames: null) is { } what)
                    errors.Add(doc.DisplayPath, alias.Line, alias.Column, $"alias '{alias.Path}' would replace {what}; choose another");
            if (doc.Kind == DocumentKind.Page && TakenBySite(front.Slug, themeNames) is { } taken)
            {
                errors.Add(doc.DisplayPath, front.SlugLine, front.SlugColumn, $"page slug '{front.Slug}' is used by the site itself ({taken}); choose another");
                continue;
            }
            // Case-insensitive: on the case-insensitive file systems of many hosts, Trust/ and trust/ are one folder.
            if (owners.TryGetValue(doc.SitePath, out var owner))
            {
                errors.Add(doc.DisplayPath, front.SlugLine, front.SlugColumn,
                    $"duplicate slug '{front.Slug}': {owner.DisplayPath} already uses it; give one of them another slug");
                continue;
            }
            owners[doc.SitePath] = doc;
            kept.Add(doc);
        }
        return kept;
    }

    // What of the site's own output a root name (a page slug, an alias) would collide with, or null.
    private static string? TakenBySite(string name, IReadOnlySet<string>? themeNames)
    {
        if (Reserved.Contains(name)) return $"the generated {name}/ folder";
        if (GeneratedFiles.Contains(name) || IsSitemapPart(name)) return $"the generated {name}";
        if (themeNames is not null && themeNames.Contains(name)) return $"the theme's {name}";
        return null;
    }

    // sitemap-1.xml, sitemap-2.xml ...: the parts of a sitemap too long for one file.
    private static bool IsSitemapPart(string name) =>
        name.StartsWith("sitemap-", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && name.AsSpan(8, name.Length - 12).Length > 0 && name.AsSpan(8, name.Length - 12).IndexOfAnyExceptInRange('0', '9') < 0;
}
