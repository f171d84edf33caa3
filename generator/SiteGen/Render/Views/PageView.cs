using Scriban.Runtime;

namespace SiteGen.Render.Views;

/// <summary>A content page (about, contact...) as templates see it: <c>document</c> in the page layout.</summary>
public sealed class PageView
{
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<TocItemView> Toc { get; init; }

    /// <summary>The body as HTML, to insert unescaped.</summary>
    public required string Body { get; init; }

    public required ScriptObject Extra { get; init; }
}
