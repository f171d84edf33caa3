using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Safety;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// One pass over a parsed document collecting its links (to resolve) and measuring its prose.
/// Markdig's Descendants() walks the whole tree again for each question; on thousands of documents
/// one walk is measurably cheaper.
/// </summary>
public static class DocumentScan
{
    public const int SummaryWords = 30;

    /// <summary>The document's links and images; its prose's word count (headings, paragraphs, lists, quotes,
    /// tables; not code or footnotes) and its first <see cref="SummaryWords"/> words of paragraphs.</summary>
    /// <param name="Autolinks">Links written as &lt;scheme:...&gt;, which need no resolving but may not run script.</param>
    /// <param name="Html">Raw HTML blocks and inline tags, checked for script.</param>
    /// <param name="HeadingPastLimit">The first heading past <see cref="ContentLimits.MaxHeadings"/>, or null.</param>
    public sealed record Result(IReadOnlyList<LinkInline> Links, IReadOnlyList<AutolinkInline> Autolinks, IReadOnlyList<MarkdownObject> Html,
        int WordCount, string Opening, HeadingBlock? HeadingPastLimit);

    public static Result Scan(MarkdownDocument document)
    {
        var scan = new Walker();
        scan.Block(document, prose: true);
        return new Result(scan.Links, scan.Autolinks, scan.Html, scan.Words, BodyText.Truncate(scan.Opening.ToString(), SummaryWords), scan.HeadingPastLimit);
    }

    private sealed class Walker
    {
        public readonly List<LinkInline> Links = [];
        public readonly List<AutolinkInline> Autolinks = [];
        public readonly List<MarkdownObject> Html = [];
        public HeadingBlock? HeadingPastLimit;
        private int _headings;
        public readonly StringBuilder Opening = new();
        public int Words;
        private int _openingWords;
        private int _leafWords;
        private bool _inWord;
        // Only a paragraph that may start the summary is kept as text; the rest is counted as it is walked.
        private readonly StringBuilder _text = new();

        public void Block(Block block, bool prose)
        {
            if (block is ContainerBlock container)
            {
                bool inner = prose && block is not Footnote and not FootnoteGroup;
                foreach (var child in container) Block(child, inner);
                return;
            }
            if (block is HtmlBlock html)
            {
                Html.Add(html);
                return;
            }
            if (block is HeadingBlock heading && ++_headings == ContentLimits.MaxHeadings + 1) HeadingPastLimit = heading;
            if (block is not LeafBlock { Inline: { } inline } leaf) return;

            bool opening = prose && leaf is ParagraphBlock && _openingWords < SummaryWords;
            _text.Clear();
            _leafWords = 0;
            _inWord = false;
            Inlines(inline, prose, opening);
            if (!prose) return;
            Words += _leafWords;
            if (opening && _leafWords > 0)
            {
                if (Opening.Length > 0) Opening.Append(' ');
                Opening.Append(_text.ToString().Trim());
                _openingWords += _leafWords;
            }
        }

        private void Inlines(ContainerInline container, bool count, bool keep)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal: Text(literal.Content.AsSpan(), count, keep); break;
                    case CodeInline code: Text(code.Content, count, keep); break;
                    case LineBreakInline: Text(" ", count, keep); break;
                    case AutolinkInline auto:
                        Autolinks.Add(auto);
                        Text(auto.Url, count, keep);
                        break;
                    case HtmlInline tag: Html.Add(tag); break;
                    case LinkInline link:
                        Links.Add(link);
                        Inlines(link, count, keep);
                        break;
                    case ContainerInline nested: Inlines(nested, count, keep); break;
                }
            }
        }

        private void Text(ReadOnlySpan<char> text, bool count, bool keep)
        {
            if (count) _leafWords += WordCount.Of(text, ref _inWord);
            if (keep) _text.Append(text);
        }
    }
}
