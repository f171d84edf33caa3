using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Parse.Markdown;

/// <summary>Turns Markdown into site HTML with the build's pipelines. Safe to call from many threads.</summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownPipeline _withoutAutoLinks;

    // A renderer set up from the pipeline is about thirty objects and a growing output buffer; each parse
    // worker keeps one for the whole build instead of making them again for every body and FAQ answer.
    private readonly ThreadLocal<HtmlRenderer> _renderers;

    public MarkdownConverter(bool allowRawHtml, string baseUrl)
    {
        _pipeline = MarkdownPipelineFactory.Create(allowRawHtml, baseUrl);
        _withoutAutoLinks = MarkdownPipelineFactory.Create(allowRawHtml, baseUrl, autoLinks: false);
        _renderers = new(() =>
        {
            var renderer = new HtmlRenderer(new StringWriter { NewLine = "\n" });
            _pipeline.Setup(renderer);
            return renderer;
        });
    }

    public MarkdownResult Convert(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        var document = Parse(markdown);
        var scan = DocumentScan.Scan(document);
        LinkResolver.Resolve(scan.Links, origin, site, errors);
        return new MarkdownResult(Render([document]), TableOfContents.Of(document), FaqSection.Read(document, Render), scan.WordCount, scan.Opening);
    }

    /// <summary>Markdown that is not a page body (an FAQ answer, the disclaimer): its HTML and its plain text.</summary>
    public (string Html, string Text) ConvertFragment(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        var document = Parse(markdown);
        LinkResolver.Resolve(DocumentScan.Scan(document).Links, origin, site, errors);
        return (Render([document]), BodyText.Plain([document]));
    }

    private MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, AutoLinkText.MayContain(markdown) ? _pipeline : _withoutAutoLinks);

    private string Render(IReadOnlyList<Block> blocks)
    {
        var renderer = _renderers.Value!;
        var output = ((StringWriter)renderer.Writer).GetStringBuilder();
        // A fresh renderer starts as if at the start of a line; the last document may have ended mid-line.
        renderer.EnsureLine();
        output.Clear();
        foreach (var block in blocks) renderer.Render(block);
        return output.ToString();
    }
}
