using Markdig.Syntax;
using SiteGen.Parse;

namespace SiteGen.Checks;

/// <summary>An article or page as the checks read it: its front matter, its parsed body and its prose.</summary>
/// <param name="File">Relative to the content folder, '/' separators.</param>
/// <param name="Body">The Markdown body as the build parsed it, with exact source positions.</param>
/// <param name="Prose">Title, description, FAQ and the body's paragraphs, list items and quotes.</param>
/// <param name="Silenced">Rules the document turns off for itself (front matter <c>check: { off: [...] }</c>).</param>
public sealed record CheckedDocument(
    string File,
    SourceDocument Source,
    MarkdownDocument Body,
    IReadOnlyList<TextRun> Prose,
    IReadOnlySet<string> Silenced)
{
    public FrontMatter Front => Source.Front;

    /// <summary>Where the front matter's keys and values are written.</summary>
    public FieldPlaces Fields => Source.Front.Places;

    public bool IsArticle => Source.Kind == DocumentKind.Article;

    /// <summary>The code of the language it is written in ("en", "es"): its folder's, or the site's default.</summary>
    public required string Language { get; init; }

    /// <summary>The file position of an offset into the body.</summary>
    public required Func<int, (int Line, int Column)> BodyPosition { get; init; }

    /// <summary>The body's reading counts and long sentences, measured once for the readability rule and the report.</summary>
    public (Reading.ReadingLevel Level, IReadOnlyList<Rules.Readability.Sentence> LongSentences) Reading => _reading ??= Rules.Readability.Measure(this);

    private (Reading.ReadingLevel, IReadOnlyList<Rules.Readability.Sentence>)? _reading;

    /// <summary>The body's links and images, autolinks, headings and raw HTML, gathered in the one walk that reads its prose.</summary>
    public required BodyParts Parts { get; init; }
}

public sealed class BodyParts
{
    public List<Markdig.Syntax.Inlines.LinkInline> Links { get; } = [];

    public List<Markdig.Syntax.Inlines.AutolinkInline> Autolinks { get; } = [];

    public List<HeadingBlock> Headings { get; } = [];

    /// <summary>Raw HTML with its offset in the body.</summary>
    public List<(string Html, int Start)> Html { get; } = [];
}
