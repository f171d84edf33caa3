using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// Renders links to other sites with rel="noopener noreferrer": a reader's next site should not learn
/// which page about addiction they came from, and must not get a handle on this page's window.
/// Links within the site keep no rel.
/// </summary>
public sealed class ExternalLinkExtension(string ownBaseUrl) : IMarkdownExtension
{
    private const string Rel = "noopener noreferrer";

    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new ExternalAwareLinkRenderer(this));
        html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new ExternalAwareAutolinkRenderer(this));
    }

    public bool IsExternal(string? url) =>
        url is not null
        && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
        && !url.StartsWith(ownBaseUrl, StringComparison.OrdinalIgnoreCase);

    // Markdig's renderers write their Rel on every link; set per link, it applies to external ones only.
    // A renderer belongs to one HtmlRenderer, which renders one document on one thread.
    private sealed class ExternalAwareLinkRenderer(ExternalLinkExtension links) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            Rel = !link.IsImage && links.IsExternal(link.Url) ? ExternalLinkExtension.Rel : null;
            base.Write(renderer, link);
        }
    }

    private sealed class ExternalAwareAutolinkRenderer(ExternalLinkExtension links) : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            Rel = !link.IsEmail && links.IsExternal(link.Url) ? ExternalLinkExtension.Rel : null;
            base.Write(renderer, link);
        }
    }
}
