using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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
    public sealed record Result(IReadOnlyList<LinkInline> Links, int WordCount, string Opening);

    public static Result Scan(MarkdownDocument document)
    {
        var scan = new Walker();
        scan.Block(document, prose: true);
        return new Result(scan.Links, scan.Words, BodyText.Truncate(scan.Opening.ToString(), SummaryWords));
    }

    private sealed class Walker
    {
        public readonly List<LinkInline> Links = [];
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
                    case AutolinkInline auto: Text(auto.Url, count, keep); break;
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
