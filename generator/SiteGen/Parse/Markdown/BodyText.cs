using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace SiteGen.Parse.Markdown;

/// <summary>A document's prose as plain text: how many words it has, and its opening words for summaries.</summary>
public static class BodyText
{
    public const int SummaryWords = 30;

    /// <summary>Words of headings, paragraphs, lists, quotes and tables; code and footnotes are not prose and do not count.</summary>
    public static (int WordCount, string Opening) Measure(MarkdownDocument document)
    {
        int words = 0;
        var opening = new StringBuilder();
        int openingWords = 0;
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null || block is CodeBlock || IsInFootnote(block)) continue;
            text.Clear();
            InlineText.Append(block.Inline, text);
            int count = CountWords(text);
            words += count;
            if (block is ParagraphBlock && openingWords < SummaryWords && count > 0)
            {
                if (opening.Length > 0) opening.Append(' ');
                opening.Append(text.ToString().Trim());
                openingWords += count;
            }
        }
        return (words, Truncate(opening.ToString(), SummaryWords));
    }

    /// <summary>The text of the blocks' paragraphs, headings and list items, space-separated.</summary>
    public static string Plain(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            IEnumerable<LeafBlock> leaves = block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>();
            foreach (var l in leaves)
            {
                if (l.Inline is null) continue;
                if (text.Length > 0) text.Append(' ');
                InlineText.Append(l.Inline, text);
            }
        }
        return text.ToString().Trim();
    }

    /// <summary>The first <paramref name="max"/> words, with an ellipsis when there were more.</summary>
    public static string Truncate(string text, int max)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= max ? string.Join(' ', parts) : string.Join(' ', parts.Take(max)).TrimEnd(',', ';', ':', '.') + "…";
    }

    private static bool IsInFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Footnote) return true;
        return false;
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
