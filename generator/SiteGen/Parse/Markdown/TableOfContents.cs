using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;

namespace SiteGen.Parse.Markdown;

/// <summary>The headings of a document with their ids, in order; themes pick the levels they show.</summary>
public static class TableOfContents
{
    public static IReadOnlyList<TocEntry> Of(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Parent is MarkdownDocument)
            .Select(h => new TocEntry(h.Level, InlineText.Of(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();
}
