using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Parse;

namespace SiteGen.Checks;

/// <summary>
/// Turns a source document and its parsed body into a <see cref="CheckedDocument"/>: the prose gathered with the file
/// position of each character, and the body's links, images, headings and raw HTML, in one walk of the tree.
/// </summary>
public static class DocumentReader
{
    /// <param name="body">The body as the build parses it (with exact source positions, which pipe tables turn on).</param>
    /// <param name="language">The code of the language the document is written in.</param>
    public static CheckedDocument Read(SourceDocument source, MarkdownDocument body, string language)
    {
        // Places are worked out only for findings, which are few: the line starts are found on the first.
        List<int>? starts = null;
        (int, int) BodyAt(int offset)
        {
            var lines = starts ??= LineStarts(source.Body);
            int line = lines.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (source.BodyFirstLine + line, offset - lines[line] + 1);
        }
        var front = source.Front;
        var prose = new List<TextRun>();
        prose.Add(FieldRun("title", front.Title, front.Places.TextOf("title")));
        if (front.Description is { } description) prose.Add(FieldRun("description", description, front.Places.TextOf("description")));
        foreach (var faq in front.Faq)
        {
            prose.Add(FieldRun("question", faq.Question, faq.QuestionAt));
            prose.Add(AnswerRun(faq));
        }
        var parts = new BodyParts();
        Blocks(body, parts, prose, BodyAt);
        return new CheckedDocument(source.SourcePath, source, body, prose, Silenced(source)) { BodyPosition = BodyAt, Parts = parts, Language = language };
    }

    /// <summary>A document for the rules that read only its front matter: its body is left unread.</summary>
    public static CheckedDocument FrontMatterOnly(SourceDocument source, string language) =>
        new(source.SourcePath, source, new MarkdownDocument(), [], Silenced(source)) { BodyPosition = _ => (source.BodyFirstLine, 1), Parts = new BodyParts(), Language = language };

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

    // Literal text and line breaks (as spaces); code, autolinks and raw HTML are left out, link text kept. Each thread
    // reuses one builder, so a run costs its text, not the buffers that gather it.
    private static TextRun InlineRun(string kind, ContainerInline container, Func<int, (int, int)> at, BodyParts parts)
    {
        var run = _builder ??= new RunBuilder();
        run.Clear();
        run.Walk(container, parts);
        var places = new RunPlaces(container, at);
        return new TextRun(kind, run.Text.ToString(), places.At, run.Links.Count == 0 ? null : places.IsLinked);
    }

    [ThreadStatic] private static RunBuilder? _builder;

    /// <summary>
    /// Where a run's characters are in the file, and which are link text: worked out, by walking the inlines again, only
    /// when a finding asks. The source place of each piece is kept once per piece, not per character.
    /// </summary>
    private sealed class RunPlaces(ContainerInline container, Func<int, (int, int)> at)
    {
        private (int TextStart, int SourceStart, int Length)[]? _pieces;
        private (int Start, int End)[]? _links;

        public (int, int) At(int i)
        {
            var pieces = Pieces();
            int p = Array.FindLastIndex(pieces, piece => piece.TextStart <= i);
            if (p < 0) return at(container.Span.Start);
            var piece = pieces[p];
            return at(piece.SourceStart + Math.Min(i - piece.TextStart, Math.Max(0, piece.Length - 1)));
        }

        public bool IsLinked(int i)
        {
            Pieces();
            foreach (var (start, end) in _links!) if (i >= start && i < end) return true;
            return false;
        }

        private (int TextStart, int SourceStart, int Length)[] Pieces()
        {
            if (_pieces is not null) return _pieces;
            var run = new RunBuilder();
            run.Walk(container, parts: null);
            _links = [.. run.Links];
            return _pieces = [.. run.Pieces];
        }
    }

    private sealed class RunBuilder
    {
        public readonly StringBuilder Text = new(1024);
        public readonly List<(int TextStart, int SourceStart, int Length)> Pieces = new(64);
        public readonly List<(int Start, int End)> Links = [];

        public void Clear()
        {
            Text.Clear();
            Pieces.Clear();
            Links.Clear();
        }

        private void Add(ReadOnlySpan<char> chars, int source, bool exact)
        {
            // Escapes and entities make a literal shorter than its source: its letters then all point at its start.
            Pieces.Add((Text.Length, source, exact ? chars.Length : 0));
            Text.Append(chars);
        }

        /// <param name="parts">Where to gather the links, images and raw HTML; null when only the text and places are wanted.</param>
        public void Walk(ContainerInline parent, BodyParts? parts)
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
                        parts?.Links.Add(bare);
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case AutolinkInline auto:
                        parts?.Autolinks.Add(auto);
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case HtmlInline tag:
                        parts?.Html.Add((tag.Tag, tag.Span.Start));
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case CodeInline:
                    case LineBreakInline:
                        Add(" ", inline.Span.Start, exact: false);
                        break;
                    case LinkInline link:
                        parts?.Links.Add(link);
                        int start = Text.Length;
                        Walk(link, parts);
                        Links.Add((start, Text.Length));
                        break;
                    case ContainerInline nested:
                        Walk(nested, parts);
                        break;
                }
            }
        }
    }

    // A YAML value on one line: its characters follow one another from where its text starts.
    private static TextRun FieldRun(string kind, string value, (int Line, int Column) at) => TextRun.OnOneLine(kind, value, at.Line, at.Column);

    // An answer's lines as spaces, each character placed on its line: a block answer's lines all start at its indentation.
    private static TextRun AnswerRun(FaqSource faq)
    {
        string answer = faq.AnswerMarkdown;
        return new TextRun("answer", answer.Replace('\n', ' '), i =>
        {
            int line = answer.AsSpan(0, i).Count('\n');
            if (line == 0) return (faq.AnswerAt.Line, faq.AnswerAt.Column + i);
            return (faq.AnswerAt.Line + line, faq.AnswerIndentColumn + i - (answer.LastIndexOf('\n', i - 1) + 1));
        });
    }

    private static IReadOnlySet<string> Silenced(SourceDocument source) => source.Front.CheckOff.ToHashSet(StringComparer.Ordinal);

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int>(64) { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }
}
