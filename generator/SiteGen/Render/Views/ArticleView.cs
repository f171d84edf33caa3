using SiteGen.Templates.Runtime;

namespace SiteGen.Render.Views;

/// <summary>An article as templates see it (<c>article</c>, items of <c>articles</c>, <c>related</c>, ...).</summary>
public sealed class ArticleView
{
    public required string Slug { get; init; }

    /// <summary>Root-relative, base path included: /blog/articles/trust/.</summary>
    public required string Url { get; init; }

    public required string AbsoluteUrl { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>The description, or the start of the body, as plain text.</summary>
    public required string Summary { get; init; }

    /// <summary>Published, for readers ("3 March 2025"); <see cref="DateIso"/> for datetime attributes.</summary>
    public required string Date { get; init; }
    public required string DateIso { get; init; }
    public string? Updated { get; init; }
    public string? UpdatedIso { get; init; }
    public string? Author { get; init; }
    public string? ReviewedBy { get; init; }
    public string? ReviewedOn { get; init; }
    public string? ReviewedOnIso { get; init; }
    public required int ReadingMinutes { get; init; }
    public required int WordCount { get; init; }
    public required IReadOnlyList<TopicView> Topics { get; init; }
    public required IReadOnlyList<TocItemView> Toc { get; init; }

    /// <summary>The body as HTML, to insert unescaped.</summary>
    public required string Body { get; init; }

    /// <summary>Questions of the front matter that the body does not already show.</summary>
    public required IReadOnlyList<FaqView> Faq { get; init; }

    public string? Image { get; init; }
    public string? ImageAlt { get; init; }
    public required ScriptObject Extra { get; init; }

    // Links to other articles are set once every view exists, because they point at each other.
    public IReadOnlyList<ArticleView> Related { get; internal set; } = [];
    public ArticleView? Previous { get; internal set; }
    public ArticleView? Next { get; internal set; }
}
