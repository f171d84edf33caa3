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

    /// <summary>The first <paramref name="max"/> words, one space apart, with an ellipsis when there were more.</summary>
    public static string Truncate(string text, int max)
    {
        var words = new StringBuilder(Math.Min(text.Length, 1024));
        int count = 0;
        var rest = text.AsSpan();
        // Words as string.Split without separators finds them: runs between char.IsWhiteSpace characters.
        for (int start = IndexOfWord(rest); start >= 0; start = IndexOfWord(rest))
        {
            if (count == max) return words.ToString().TrimEnd(',', ';', ':', '.') + "…";
            rest = rest[start..];
            int end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
            if (count++ > 0) words.Append(' ');
            words.Append(rest[..end]);
            rest = rest[end..];
        }
        return words.ToString();
    }

    private static int IndexOfWord(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) return i;
        return -1;
    }
}
