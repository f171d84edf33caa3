using System.Text;
using Markdig.Syntax;

namespace SiteGen.Parse.Markdown;

/// <summary>Plain text of Markdown blocks, for FAQ answers and summaries.</summary>
public static class BodyText
{
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
}
