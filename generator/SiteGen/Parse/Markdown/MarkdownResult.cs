using SiteGen.Model;

namespace SiteGen.Parse.Markdown;

/// <summary>A Markdown text rendered for the site: HTML with site URLs, headings, the body's FAQ and its prose measures.</summary>
/// <param name="Opening">The first words of the prose, for a summary when there is no description.</param>
public sealed record MarkdownResult(CompactText Html, IReadOnlyList<TocEntry> Toc, IReadOnlyList<FaqEntry> Faq, int WordCount, string Opening);
