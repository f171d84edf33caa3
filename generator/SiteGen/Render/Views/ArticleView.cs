using Scriban.Runtime;

namespace SiteGen.Render.Views;

/// <summary>An article as templates see it (<c>article</c>, items of <c>articles</c>, <c>related</c>, ...).</summary>
public sealed class ArticleView
{
    private readonly ArticleOwnView _own;

    internal ArticleView(ArticleOwnView own, IReadOnlyList<TopicView> topics, ScriptObject extra)
    {
        _own = own;
        Topics = topics;
        Extra = extra;
    }

    public string Slug => _own.Slug;

    /// <summary>Root-relative, base path included: /blog/articles/trust/.</summary>
    public string Url => _own.Url;

    public string AbsoluteUrl => _own.AbsoluteUrl;
    public string Title => _own.Title;
    public string Description => _own.Description;

    /// <summary>The description, or the start of the body, as plain text.</summary>
    public string Summary => _own.Summary;

    /// <summary>Published, for readers ("3 March 2025"); <see cref="DateIso"/> for datetime attributes.</summary>
    public string Date => _own.Date;
    public string DateIso => _own.DateIso;
    public string? Updated => _own.Updated;
    public string? UpdatedIso => _own.UpdatedIso;
    public string? Author => _own.Author;
    public string? ReviewedBy => _own.ReviewedBy;
    public string? ReviewedOn => _own.ReviewedOn;
    public string? ReviewedOnIso => _own.ReviewedOnIso;
    public int ReadingMinutes => _own.ReadingMinutes;
    public int WordCount => _own.WordCount;
    public IReadOnlyList<TopicView> Topics { get; }
    public IReadOnlyList<TocItemView> Toc => _own.Toc;

    /// <summary>The body as HTML, to insert unescaped (made from its compact form at each read).</summary>
    [MadeFrom(nameof(BodySource))]
    public string Body => _own.Body.ToString();

    internal Model.CompactText BodySource => _own.Body;

    /// <summary>Questions of the front matter that the body does not already show.</summary>
    public IReadOnlyList<FaqView> Faq => _own.Faq;

    public string? Image => _own.Image;
    public string? ImageAlt => _own.ImageAlt;

    /// <summary>True when the article is dated later than the build and shown ahead of its date (--future, the preview).</summary>
    public bool Scheduled => _own.Scheduled;

    /// <summary>The article speaks of suicide, self-harm, overdose or wanting to die: the theme shows the crisis line with the helpline.</summary>
    public bool Crisis => _own.Crisis;

    // Made for each build: templates may change a script object, and a change must not outlive the build.
    public ScriptObject Extra { get; }

    // Links to other articles are set once every view exists, because they point at each other. Related
    // articles are found when first read: a rebuild renders the edited article's page before any other.
    public IReadOnlyList<ArticleView> Related => _related ?? LazyInitializer.EnsureInitialized(ref _related, () => _findRelated?.Invoke() ?? []);

    private IReadOnlyList<ArticleView>? _related;
    private Func<IReadOnlyList<ArticleView>>? _findRelated;

    internal void FindRelatedWith(Func<IReadOnlyList<ArticleView>> find)
    {
        _findRelated = find;
        _related = null;
    }

    public ArticleView? Previous { get; internal set; }
    public ArticleView? Next { get; internal set; }
}
