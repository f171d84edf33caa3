using System.Text;
using Markdig.Syntax.Inlines;

namespace SiteGen.Parse.Markdown;

/// <summary>The words a reader sees in inline Markdown, without markup: for headings, summaries and word counts.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    public static void Append(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case AutolinkInline auto: text.Append(auto.Url); break;
                case ContainerInline nested: Append(nested, text); break;
            }
        }
    }
}
