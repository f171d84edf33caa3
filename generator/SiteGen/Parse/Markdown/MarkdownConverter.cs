using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Safety;

namespace SiteGen.Parse.Markdown;

/// <summary>Turns Markdown into site HTML with the build's pipelines. Safe to call from many threads.</summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownPipeline _withoutAutoLinks;

    // A renderer set up from the pipeline is about thirty objects and a growing output buffer; each parse
    // worker keeps one for the whole build instead of making them again for every body and FAQ answer.
    private readonly ThreadLocal<HtmlRenderer> _renderers;

    private readonly bool _allowScripts;
    private readonly TextSpill? _spill;

    /// <param name="allowScripts">Raw HTML may hold script (see <see cref="ContentHtml"/>); otherwise script is an error at its position.</param>
    /// <param name="reservedIds">Ids of the theme's elements, which no heading id may take.</param>
    /// <param name="spill">Where a large build keeps the bodies' HTML until the pages render; null to hold it.</param>
    public MarkdownConverter(bool allowRawHtml, string baseUrl, bool allowScripts = false, ReservedIds? reservedIds = null, TextSpill? spill = null)
    {
        _allowScripts = allowScripts;
        _spill = spill;
        _pipeline = MarkdownPipelineFactory.Create(allowRawHtml, baseUrl, reservedIds: reservedIds);
        _withoutAutoLinks = MarkdownPipelineFactory.Create(allowRawHtml, baseUrl, autoLinks: false, reservedIds);
        _renderers = new(NewRenderer);
    }

    /// <param name="parsed">Shown the parsed body before its links are rewritten (the checks read it there).</param>
    public MarkdownResult Convert(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors, Action<MarkdownDocument>? parsed = null)
    {
        try
        {
            var document = Parse(markdown);
            parsed?.Invoke(document);
            var scan = Check(document, origin, site, errors);
            return new MarkdownResult(CompactText.Of(RenderInto([document]), _spill), TableOfContents.Of(document), FaqSection.Read(document, Render), scan.WordCount, scan.Opening);
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            TooDeep(origin, errors);
            return new MarkdownResult(CompactText.Empty, [], [], 0, "");
        }
    }

    /// <summary>What <see cref="Convert"/> reports of the Markdown, without making its HTML (for <c>sitegen check</c>).</summary>
    /// <param name="parsed">Shown the parsed body before its links are rewritten.</param>
    public void Inspect(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors, Action<MarkdownDocument>? parsed = null)
    {
        try
        {
            var document = Parse(markdown);
            parsed?.Invoke(document);
            Check(document, origin, site, errors);
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            errors.Add(origin.DisplayPath, origin.FirstLine, 1, ContentLimits.TooDeep);
        }
    }

    /// <summary>Markdown that is not a page body (an FAQ answer, the disclaimer): its HTML and its plain text.</summary>
    public (string Html, string Text) ConvertFragment(string markdown, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        try
        {
            var document = Parse(markdown);
            Check(document, origin, site, errors);
            return (Render([document]), BodyText.Plain([document]));
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            TooDeep(origin, errors);
            return ("", "");
        }
    }

    private HtmlRenderer NewRenderer()
    {
        var renderer = new HtmlRenderer(new StringWriter { NewLine = "\n" });
        _pipeline.Setup(renderer);
        return renderer;
    }

    // A renderer stopped halfway keeps the state it stopped in: the thread's next document gets a fresh one.
    private void TooDeep(MarkdownOrigin origin, ErrorList errors)
    {
        _renderers.Value = NewRenderer();
        errors.Add(origin.DisplayPath, origin.FirstLine, 1, ContentLimits.TooDeep);
    }

    private DocumentScan.Result Check(MarkdownDocument document, MarkdownOrigin origin, SiteLinks site, ErrorList errors)
    {
        var scan = DocumentScan.Scan(document);
        if (scan.HeadingPastLimit is { } heading)
            errors.Add(origin.DisplayPath, origin.FirstLine + heading.Line, heading.Column + 1,
                $"more than {ContentLimits.MaxHeadings:N0} headings in one document; split it into several");
        LinkResolver.Resolve(scan, origin, site, errors);
        CheckHtml(scan, origin, errors);
        return scan;
    }

    // Markdig refuses nesting past its depth limit with an ArgumentException; rendering what it accepted can still run out of stack.
    private static bool IsTooDeep(Exception e) =>
        e is InsufficientExecutionStackException
        || (e is ArgumentException && e.TargetSite?.DeclaringType?.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true);

    private void CheckHtml(DocumentScan.Result scan, MarkdownOrigin origin, ErrorList errors)
    {
        foreach (var node in scan.Html)
        {
            string html = node is HtmlBlock block ? block.Lines.ToString() : ((HtmlInline)node).Tag;
            foreach (var finding in ContentHtml.Problems(html, _allowScripts))
            {
                // Offsets count from the node's first character; each later line of a block starts at column 1.
                int lineStart = html.LastIndexOf('\n', Math.Max(0, finding.Offset - 1)) + 1;
                if (finding.Offset == 0) lineStart = 0;
                int lines = html.AsSpan(0, lineStart).Count('\n');
                int column = (lines == 0 ? node.Column : 0) + finding.Offset - lineStart + 1;
                errors.Add(origin.DisplayPath, origin.FirstLine + node.Line + lines, column, finding.Problem);
            }
        }
    }

    private MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, AutoLinkText.MayContain(markdown) ? _pipeline : _withoutAutoLinks);

    private string Render(IReadOnlyList<Block> blocks) => RenderInto(blocks).ToString();

    /// <returns>The thread's renderer's buffer, holding the HTML until the thread renders again.</returns>
    private System.Text.StringBuilder RenderInto(IReadOnlyList<Block> blocks)
    {
        var renderer = _renderers.Value!;
        var output = ((StringWriter)renderer.Writer).GetStringBuilder();
        // A fresh renderer starts as if at the start of a line; the last document may have ended mid-line.
        renderer.EnsureLine();
        output.Clear();
        foreach (var block in blocks) renderer.Render(block);
        return output;
    }
}
