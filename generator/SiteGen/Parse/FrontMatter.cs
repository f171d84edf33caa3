using SiteGen.Model;

namespace SiteGen.Parse;

/// <summary>The front matter of an article or page, typed and validated; Markdown fields still Markdown.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }

    /// <summary>The slug from front matter, else the file name without .md.</summary>
    public required string Slug { get; init; }

    /// <summary>The file line of 'slug:' (or 1 when it comes from the file name), for duplicate-slug errors.</summary>
    public int SlugLine { get; init; } = 1;
    public int SlugColumn { get; init; } = 1;

    public string? Description { get; init; }

    /// <summary>Required for articles, optional for pages.</summary>
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>What links this document to its translations in the site's other languages; null to link them by file name.</summary>
    public string? TranslationKey { get; init; }
    public string? Author { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedOn { get; init; }
    public bool Draft { get; init; }

    /// <summary>Articles only: after this moment the article is taken down.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Where the article's address leads once it expired, written as a link is (other.md, /help/); null for the 404 page.</summary>
    public string? ExpiredRedirect { get; init; }
    public int ExpiredRedirectLine { get; init; } = 1;
    public int ExpiredRedirectColumn { get; init; } = 1;

    public IReadOnlyList<FaqSource> Faq { get; init; } = [];
    public IReadOnlyList<Alias> Aliases { get; init; } = [];
    public string? Image { get; init; }
    public int ImageLine { get; init; } = 1;
    public int ImageColumn { get; init; } = 1;
    public string? ImageAlt { get; init; }

    /// <summary>Pages only: the layout to render with instead of the default page layout.</summary>
    public string? Layout { get; init; }

    /// <summary>Rules of <c>sitegen check</c> this document turns off for itself (<c>check: { off: [...] }</c>).</summary>
    public IReadOnlyList<string> CheckOff { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>Where each key and value is written, for findings about them.</summary>
    public FieldPlaces Places { get; init; } = FieldPlaces.None;
}

/// <summary>A front matter FAQ entry: the question, and the answer as Markdown with the file line it starts on.</summary>
public sealed record FaqSource(string Question, string AnswerMarkdown, int AnswerLine)
{
    /// <summary>Where the question's text starts.</summary>
    public (int Line, int Column) QuestionAt { get; init; } = (AnswerLine, 1);

    /// <summary>Where the answer's text starts.</summary>
    public (int Line, int Column) AnswerAt { get; init; } = (AnswerLine, 1);

    /// <summary>The column the answer's later lines start at (a block answer's indentation).</summary>
    public int AnswerIndentColumn { get; init; } = 1;
}
