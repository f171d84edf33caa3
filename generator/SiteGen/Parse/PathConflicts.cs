using SiteGen.Diagnostics;

namespace SiteGen.Parse;

/// <summary>
/// Finds documents that would be written to the same place: two articles with one slug, or a page
/// whose slug is a folder the site needs. The first document by path keeps the place.
/// </summary>
public static class PathConflicts
{
    /// <summary>First path segments the generator writes itself: list pages, topic pages, article folders.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "articles", "topics", "page", "assets" };

    /// <summary>The documents that keep their place, in the order given.</summary>
    public static IReadOnlyList<SourceDocument> Resolve(IReadOnlyList<SourceDocument> documents, ErrorList errors)
    {
        var owners = new Dictionary<string, SourceDocument>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<SourceDocument>();
        foreach (var doc in documents)
        {
            var front = doc.Front;
            if (doc.Kind == DocumentKind.Page && Reserved.Contains(front.Slug.ToLowerInvariant()))
            {
                errors.Add(doc.DisplayPath, front.SlugLine, front.SlugColumn, $"page slug '{front.Slug}' is used by the site itself; choose another");
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
}
