using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;

namespace SiteGen.Parse.Markdown;

/// <summary>The headings of a document with their ids, in order; themes pick the levels they show.</summary>
public static class TableOfContents
{
    // Top-level headings only: a heading inside a quote or list item is not a section of the page.
    public static IReadOnlyList<TocEntry> Of(MarkdownDocument document) =>
        document.OfType<HeadingBlock>()
            .Select(h => new TocEntry(h.Level, InlineText.Of(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();
}
