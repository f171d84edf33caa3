using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Parse.Markdown;

/// <summary>Turns Markdown into site HTML with the build's one pipeline. Safe to call from many threads.</summary>
public sealed class MarkdownConverter(MarkdownPipeline pipeline)
{
    public MarkdownConverter(bool allowRawHtml, string baseUrl) : this(MarkdownPipelineFactory.Create(allowRawHtml, baseUrl)) { }

    public MarkdownResult Convert(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var scan = DocumentScan.Scan(document);
        LinkResolver.Resolve(scan.Links, origin, site, errors);
        return new MarkdownResult(Render([document]), TableOfContents.Of(document), FaqSection.Read(document, Render), scan.WordCount, scan.Opening);
    }

    /// <summary>Markdown that is not a page body (an FAQ answer, the disclaimer): its HTML and its plain text.</summary>
    public (string Html, string Text) ConvertFragment(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        LinkResolver.Resolve(DocumentScan.Scan(document).Links, origin, site, errors);
        return (Render([document]), BodyText.Plain([document]));
    }

    private string Render(IReadOnlyList<Block> blocks)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }
}
