using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Import;

/// <summary>
/// HTML to Markdown, element by element: headings, paragraphs, nested lists, quotes (a <c>cite</c> or <c>footer</c> kept
/// as the attribution line), emphasis, code, links, images, tables and line breaks. Whatever else holds text is read
/// through; what would load another site or run something (iframes, embeds, scripts, forms) is left out and named.
/// Links and images are handed to <paramref name="link"/> and <paramref name="image"/>, which say what each becomes.
/// </summary>
/// <param name="link">The Markdown target of a link, or null to keep only its text.</param>
/// <param name="image">The Markdown path of an image, or null to leave it out.</param>
public sealed class HtmlMarkdown(Func<string, string?> link, Func<string, string?> image)
{
    /// <summary>What was left out, once each: "&lt;iframe&gt;", "&lt;script&gt;", "a tracking pixel"…</summary>
    public SortedSet<string> Dropped { get; } = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Unsafe = new(StringComparer.OrdinalIgnoreCase)
        { "script", "iframe", "embed", "object", "form", "noscript", "style", "template", "svg", "canvas", "video", "audio", "button", "input", "select", "textarea" };

    public string Convert(INode root)
    {
        var blocks = new List<string>();
        Blocks(root.ChildNodes, blocks, 0);
        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    private void Blocks(INodeList nodes, List<string> blocks, int depth)
    {
        var inline = new StringBuilder();
        void FlushInline()
        {
            string text = Collapse(inline.ToString());
            if (text.Length > 0) blocks.Add(StartEscaped(text));
            inline.Clear();
        }
        foreach (var node in nodes)
        {
            if (node is not IElement element)
            {
                if (node is IText text) inline.Append(TextImport.Escape(text.Data));
                continue;
            }
            string name = element.LocalName;
            if (Unsafe.Contains(name))
            {
                if (name is not ("style" or "template" or "noscript")) Dropped.Add($"<{name}>");
                continue;
            }
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    FlushInline();
                    string heading = Collapse(Inline(element));
                    if (heading.Length > 0) blocks.Add(new string('#', Math.Max(2, name[1] - '0')) + " " + heading);
                    break;
                case "p":
                    FlushInline();
                    string paragraph = Collapse(Inline(element));
                    if (paragraph.Length > 0) blocks.Add(StartEscaped(paragraph));
                    break;
                case "ul" or "ol":
                    FlushInline();
                    blocks.Add(List(element, 0));
                    break;
                case "blockquote":
                    FlushInline();
                    blocks.Add(Quote(element, depth));
                    break;
                case "pre":
                    FlushInline();
                    blocks.Add("```\n" + element.TextContent.TrimEnd('\n') + "\n```");
                    break;
                case "table":
                    FlushInline();
                    blocks.Add(Table(element));
                    break;
                case "hr":
                    FlushInline();
                    blocks.Add("---");
                    break;
                case "figure" or "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "figcaption" or "center":
                    FlushInline();
                    Blocks(element.ChildNodes, blocks, depth);
                    break;
                default:
                    inline.Append(Inline(element, element));
                    break;
            }
        }
        FlushInline();
    }

    private string Inline(IElement element) => Inline(element, null);

    // The Markdown of an element's inline content; `self` is an inline element converted with its own markup.
    private string Inline(IElement parent, IElement? self)
    {
        var text = new StringBuilder();
        IEnumerable<INode> nodes = self is null ? parent.ChildNodes : [self];
        foreach (var node in nodes)
        {
            if (node is IText t)
            {
                text.Append(TextImport.Escape(t.Data));
                continue;
            }
            if (node is not IElement e) continue;
            if (Unsafe.Contains(e.LocalName))
            {
                if (e.LocalName is not ("style" or "template" or "noscript")) Dropped.Add($"<{e.LocalName}>");
                continue;
            }
            string inner = e.LocalName is "img" or "br" ? "" : Inline(e);
            switch (e.LocalName)
            {
                case "strong" or "b":
                    text.Append(Wrap(inner, "**"));
                    break;
                case "em" or "i" or "cite":
                    text.Append(Wrap(inner, "*"));
                    break;
                case "code" or "kbd":
                    text.Append('`').Append(e.TextContent.Replace("`", "'")).Append('`');
                    break;
                case "br":
                    text.Append("\\\n");
                    break;
                case "a":
                    string? target = e.GetAttribute("href") is { Length: > 0 } href ? link(href.Trim()) : null;
                    text.Append(target is null || inner.Trim().Length == 0 ? inner : $"[{inner.Trim()}]({target})");
                    break;
                case "img" when IsPixel(e):
                    Dropped.Add("a tracking pixel");
                    break;
                case "img":
                    if (e.GetAttribute("src") is { Length: > 0 } src && image(src.Trim()) is { } path)
                        text.Append($"![{TextImport.Escape(Collapse(e.GetAttribute("alt") ?? ""))}]({path})");
                    break;
                default:
                    text.Append(inner);
                    break;
            }
        }
        return text.ToString();
    }

    // A 1×1 image, or one from a known tracking host: it tells a third party that the page was read.
    private static bool IsPixel(IElement image) =>
        (image.GetAttribute("width") is "0" or "1" && image.GetAttribute("height") is "0" or "1")
        || (Uri.TryCreate(image.GetAttribute("src"), UriKind.Absolute, out var src) && src.Scheme is "http" or "https"
            && SiteGen.Checks.Rules.LinkText.TrackingHosts.Any(h => (src.Host + src.AbsolutePath).Contains(h, StringComparison.OrdinalIgnoreCase)));

    private static string Wrap(string inner, string mark)
    {
        string trimmed = inner.Trim();
        if (trimmed.Length == 0) return inner;
        // Markdown's emphasis may not start or end with a space: the spaces go outside it.
        return (inner.StartsWith(' ') ? " " : "") + mark + trimmed + mark + (inner.EndsWith(' ') ? " " : "");
    }

    private string List(IElement list, int indent)
    {
        var lines = new List<string>();
        int number = int.TryParse(list.GetAttribute("start"), out int start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            string marker = list.LocalName == "ol" ? $"{number++}." : "-";
            var own = new List<string>();
            var nested = new List<string>();
            var text = new StringBuilder();
            foreach (var child in item.ChildNodes)
            {
                if (child is IElement { LocalName: "ul" or "ol" } sub) nested.Add(List(sub, indent + marker.Length + 1));
                else if (child is IElement { LocalName: "p" } p) text.Append(' ').Append(Inline(p));
                else if (child is IElement e) text.Append(Inline(item, e));
                else if (child is IText t) text.Append(TextImport.Escape(t.Data));
            }
            lines.Add(new string(' ', indent) + marker + " " + Collapse(text.ToString()));
            lines.AddRange(nested);
        }
        return string.Join("\n", lines);
    }

    private string Quote(IElement quote, int depth)
    {
        var attribution = quote.QuerySelector(":scope > cite, :scope > footer");
        attribution?.Remove();
        var inner = new List<string>();
        Blocks(quote.ChildNodes, inner, depth + 1);
        if (attribution is not null && Collapse(Inline(attribution)).TrimStart('—', '–', '-', ' ') is { Length: > 0 } by) inner.Add("— " + by);
        return string.Join("\n>\n", inner.Select(b => string.Join("\n", b.Split('\n').Select(l => "> " + l))));
    }

    private string Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Select(r => r.Children.Where(c => c.LocalName is "th" or "td")
            .Select(c => Collapse(Inline(c)).Replace("|", "\\|")).ToList()).Where(r => r.Count > 0).ToList();
        if (rows.Count == 0) return "";
        int columns = rows.Max(r => r.Count);
        string Row(List<string> cells) => "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", columns - cells.Count))) + " |";
        var lines = new List<string> { Row(rows[0]), "|" + string.Concat(Enumerable.Repeat("---|", columns)) };
        lines.AddRange(rows.Skip(1).Select(Row));
        return string.Join("\n", lines);
    }

    // Runs of spaces and line breaks (but a hard break's) as one space, as a browser shows them.
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                collapsed.Append("\\\n");
                i++;
                space = false;
                continue;
            }
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && collapsed.Length > 0 && collapsed[^1] != '\n') collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    // A paragraph that starts like a heading or a list would become one: its first character is escaped.
    private static string StartEscaped(string text) =>
        text.Length > 0 && text[0] is '#' or '+' or '-' or '=' or '|' ? "\\" + text : text;
}
