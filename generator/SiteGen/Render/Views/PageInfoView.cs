namespace SiteGen.Render.Views;

/// <summary>
/// What every layout knows about the page being written (<c>page</c>): enough for the head of the
/// document and for marking the current navigation item.
/// </summary>
public sealed record PageInfoView
{
    /// <summary>home, article, page, topic, topics, search or not_found.</summary>
    public required string Kind { get; init; }

    /// <summary>The page's own title, without the site's name.</summary>
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Root-relative URL with the base path, compared against menu URLs for aria-current.</summary>
    public required string Url { get; init; }

    public required string CanonicalUrl { get; init; }

    /// <summary>True on pages that search engines should not index (the 404 page).</summary>
    public bool Noindex { get; init; }

    /// <summary>The absolute URL of the page's image (an article's), for link previews; null when it has none.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>The page's schema.org data as the text of a JSON-LD script, already safe to print; null when none.</summary>
    public string? JsonLd
    {
        get => _jsonLd ??= _makeJsonLd?.Invoke();
        init => _jsonLd = value;
    }

    /// <summary>
    /// Makes <see cref="JsonLd"/> when it is first read, on the thread that renders the page, instead of when the page
    /// is planned: every article's structured data made up front stayed in memory until its page rendered (5 KB an
    /// article, half a gigabyte at 100,000).
    /// </summary>
    internal Func<string?>? JsonLdSource
    {
        init => _makeJsonLd = value;
    }

    /// <summary>Lets go of structured data made by <see cref="JsonLdSource"/> once the page is rendered; a later read makes it again.</summary>
    internal void ForgetJsonLd()
    {
        if (_makeJsonLd is not null) _jsonLd = null;
    }

    private string? _jsonLd;
    private Func<string?>? _makeJsonLd;

    /// <summary>The page's language, a BCP 47 code: <c>&lt;html lang&gt;</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// The page in every language it exists in, itself included (<see cref="TranslationView.Current"/>), the default language first:
    /// for hreflang links and the language switcher. Empty when the page has no translation.
    /// </summary>
    public IReadOnlyList<TranslationView> Translations { get; init; } = [];

    /// <summary>The page speaks of suicide, self-harm, overdose or wanting to die: the crisis line is shown with the helpline.</summary>
    public bool Crisis { get; init; }
}

/// <summary>One language's version of a page.</summary>
/// <param name="Language">Its BCP 47 code, for hreflang.</param>
/// <param name="Name">The language's name in itself, for the switcher: "Español".</param>
/// <param name="Current">True for the page being written.</param>
/// <param name="IsDefault">True for the version in the site's default language, which is also hreflang x-default.</param>
public sealed record TranslationView(string Language, string Name, string Url, string AbsoluteUrl, bool Current, bool IsDefault);
