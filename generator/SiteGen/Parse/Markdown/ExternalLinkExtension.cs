using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// Marks links to other sites rel="noopener noreferrer": a reader's next site should not learn which
/// page about addiction they came from, and must not get a handle on this page's window.
/// </summary>
public sealed class ExternalLinkExtension(string ownBaseUrl) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MarkExternalLinks;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private void MarkExternalLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
            if (!link.IsImage && IsExternal(link.Url))
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
    }

    private bool IsExternal(string? url) =>
        url is not null
        && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
        && !url.StartsWith(ownBaseUrl, StringComparison.OrdinalIgnoreCase);
}
