namespace SiteGen.Render.Links;

/// <summary>
/// The links of a rendered page and who made its parts: the layout that produced it and, for articles
/// and pages, the content file whose body it shows. A broken link is blamed on the content file when
/// it comes from the body, else on the layout. Only the links are kept, not the page: a large site's
/// pages would otherwise all be held as text until the check.
/// </summary>
public sealed record CheckedPage(string OutputPath, IReadOnlyList<string> Links, string LayoutFile, string? SourceFile = null, Model.CompactText? BodyHtml = null)
{
    /// <summary>The page's distinct links, in the order they first appear.</summary>
    public static CheckedPage Of(string outputPath, ReadOnlySpan<char> html, string layoutFile, string? sourceFile = null, Model.CompactText? bodyHtml = null)
    {
        var links = new List<string>();
        HtmlLinks.Add(html, links);
        return new(outputPath, links.Distinct().ToArray(), layoutFile, sourceFile, bodyHtml);
    }
}
