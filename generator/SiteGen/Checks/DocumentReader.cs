using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Parse;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Checks;

/// <summary>
/// Turns a source document into a <see cref="CheckedDocument"/>: the body parsed again with exact positions (the
/// build's parse keeps none), the prose gathered with the file position of each character, and the places of the
/// front matter keys read from its YAML.
/// </summary>
public static class DocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseTaskLists().UseAutoLinks().UsePreciseSourceLocation().Build();

    public static CheckedDocument Read(SourceDocument source, string text)
    {
        var lines = LineStarts(source.Body);
        (int, int) BodyAt(int offset)
        {
            int line = lines.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (source.BodyFirstLine + line, offset - lines[line] + 1);
        }
        var body = Markdig.Markdown.Parse(source.Body, Pipeline);
        var fields = Fields(source, text);
        var prose = new List<TextRun>();
        var front = source.Front;
        prose.Add(FieldRun("title", front.Title, fields.Of("title"), text));
        if (front.Description is { } description) prose.Add(FieldRun("description", description, fields.Of("description"), text));
        foreach (var (faq, index) in front.Faq.Select((f, i) => (f, i)))
        {
            prose.Add(FieldRun("question", faq.Question, fields.Of($"faq.{index}.q"), text));
            var positions = AnswerPositions(faq, fields.Of($"faq.{index}.a"), text);
            prose.Add(new TextRun("answer", faq.AnswerMarkdown.Replace('\n', ' '), i => positions.Count == 0 ? (faq.AnswerLine, 1) : positions[i]));
        }
        var parts = new BodyParts();
        Blocks(body, parts, prose, BodyAt);
        return new CheckedDocument(source.SourcePath, source, body, prose, fields, Silenced(source)) { BodyPosition = BodyAt, Parts = parts };
    }

    private static void Blocks(ContainerBlock container, BodyParts parts, List<TextRun> prose, Func<int, (int, int)> at)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock nested:
                    Blocks(nested, parts, prose, at);
                    break;
                case HtmlBlock html:
                    parts.Html.Add((html.Lines.ToString(), html.Span.Start));
                    break;
                case HeadingBlock heading:
                    parts.Headings.Add(heading);
                    if (heading.Inline is { } text) prose.Add(InlineRun("heading", text, at, parts));
                    break;
                case ParagraphBlock { Inline: { } inline }:
                    prose.Add(InlineRun("body", inline, at, parts));
                    break;
                case LeafBlock { Inline: { } other }:
                    // Table cells and other leaves: their links and images are checked, their text is not prose.
                    InlineRun("other", other, at, parts);
                    break;
            }
        }
    }

    // Literal text and line breaks (as spaces); code, autolinks and raw HTML are left out, link text kept. The source
    // place of each piece is kept once per piece, not per character: a paragraph is a few pieces and hundreds of letters.
    private static TextRun InlineRun(string kind, ContainerInline container, Func<int, (int, int)> at, BodyParts parts)
    {
        var text = new StringBuilder();
        var pieces = new List<(int TextStart, int SourceStart, int Length)>();
        var links = new List<(int Start, int End)>();
        void Add(ReadOnlySpan<char> chars, int source, bool exact)
        {
            // Escapes and entities make a literal shorter than its source: its letters then all point at its start.
            pieces.Add((text.Length, source, exact ? chars.Length : 0));
            text.Append(chars);
        }
        void Walk(ContainerInline parent)
        {
            for (var inline = parent.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        var slice = literal.Content;
                        Add(slice.AsSpan(), literal.Span.Start, literal.Span.Length == slice.Length);
                        break;
                    case LinkInline { IsAutoLink: true } bare:
                        parts.Links.Add(bare);
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case AutolinkInline auto:
                        parts.Autolinks.Add(auto);
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case HtmlInline tag:
                        parts.Html.Add((tag.Tag, tag.Span.Start));
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case CodeInline:
                    case LineBreakInline:
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case LinkInline link:
                        parts.Links.Add(link);
                        int start = text.Length;
                        Walk(link);
                        links.Add((start, text.Length));
                        break;
                    case ContainerInline nested:
                        Walk(nested);
                        break;
                }
            }
        }
        Walk(container);
        bool[]? linked = null;
        if (links.Count > 0)
        {
            linked = new bool[text.Length];
            foreach (var (s, e) in links) linked.AsSpan(s, e - s).Fill(true);
        }
        int fallback = container.Span.Start;
        return new TextRun(kind, text.ToString(), i =>
        {
            int p = pieces.FindLastIndex(piece => piece.TextStart <= i);
            if (p < 0) return at(fallback);
            var piece = pieces[p];
            return at(piece.SourceStart + Math.Min(i - piece.TextStart, Math.Max(0, piece.Length - 1)));
        }, linked);
    }

    // A YAML value on one line: its characters are where the value starts, quotes aside.
    private static TextRun FieldRun(string kind, string value, (int Line, int Column) at, string text) =>
        TextRun.OnOneLine(kind, value, at.Line, ValueColumn(at, text));

    // Where a value's first character is: after its opening quote, when it is quoted.
    private static int ValueColumn((int Line, int Column) at, string text)
    {
        string line = LineOf(text, at.Line);
        return at.Column - 1 < line.Length && line[at.Column - 1] is '"' or '\'' ? at.Column + 1 : at.Column;
    }

    private static List<(int, int)> AnswerPositions(FaqSource faq, (int Line, int Column) at, string text)
    {
        // A block answer (a: |) starts on its own lines: each character is placed on the line it is on.
        var positions = new List<(int, int)>();
        int line = faq.AnswerLine, column = faq.AnswerLine == at.Line ? ValueColumn(at, text) : Indent(LineOf(text, faq.AnswerLine)) + 1;
        foreach (char c in faq.AnswerMarkdown)
        {
            positions.Add((line, column));
            if (c == '\n')
            {
                line++;
                column = Indent(LineOf(text, line)) + 1;
            }
            else column++;
        }
        return positions;
    }

    private static FieldPositions Fields(SourceDocument source, string text)
    {
        var keys = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        // The document's front matter was read without errors by the build: none are expected here, and none are kept.
        var discard = new ErrorList();
        var split = FrontMatterSplitter.Split(source.DisplayPath, text, discard);
        if (split is null) return new FieldPositions(keys);
        var mapping = new YamlSource(source.DisplayPath, split.YamlFirstLine, discard).LoadMapping(split.Yaml, "front matter");
        if (mapping is null) return new FieldPositions(keys);
        int Line(YamlNode node) => split.YamlFirstLine - 1 + (int)node.Start.Line;
        foreach (var (key, value) in mapping.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            keys[name] = (Line(value), (int)value.Start.Column);
            keys[name + ":key"] = (Line(key), (int)key.Start.Column);
            if (name == "faq" && value is YamlSequenceNode faq)
                for (int i = 0; i < faq.Children.Count; i++)
                    if (faq.Children[i] is YamlMappingNode entry)
                        foreach (var (k, v) in entry.Children)
                            keys[$"faq.{i}.{(k as YamlScalarNode)?.Value}"] = (Line(v), (int)v.Start.Column);
        }
        return new FieldPositions(keys);
    }

    private static IReadOnlySet<string> Silenced(SourceDocument source) => source.Front.CheckOff.ToHashSet(StringComparer.Ordinal);

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    private static string LineOf(string text, int line)
    {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) start = text.IndexOf('\n', start) is var n and >= 0 ? n + 1 : -1;
        if (start < 0) return "";
        int end = text.IndexOf('\n', start);
        return (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
