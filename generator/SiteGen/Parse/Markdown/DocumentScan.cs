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

            _text.Clear();
            Inlines(inline);
            if (!prose) return;
            int count = CountWords(_text);
            Words += count;
            if (leaf is ParagraphBlock && count > 0 && _openingWords < SummaryWords)
            {
                if (Opening.Length > 0) Opening.Append(' ');
                Opening.Append(_text.ToString().Trim());
                _openingWords += count;
            }
        }

        private void Inlines(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal: _text.Append(literal.Content.AsSpan()); break;
                    case CodeInline code: _text.Append(code.Content); break;
                    case LineBreakInline: _text.Append(' '); break;
                    case AutolinkInline auto: _text.Append(auto.Url); break;
                    case LinkInline link:
                        Links.Add(link);
                        Inlines(link);
                        break;
                    case ContainerInline nested: Inlines(nested); break;
                }
            }
        }

        private static int CountWords(StringBuilder text)
        {
            int count = 0;
            bool inWord = false;
            foreach (var chunk in text.GetChunks())
                foreach (char c in chunk.Span)
                {
                    bool wordChar = !char.IsWhiteSpace(c);
                    if (wordChar && !inWord) count++;
                    inWord = wordChar;
                }
            return count;
        }
    }
}
