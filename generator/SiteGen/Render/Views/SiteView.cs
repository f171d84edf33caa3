using Scriban.Runtime;

namespace SiteGen.Render.Views;

/// <summary>The site as every template sees it: <c>site</c>.</summary>
public sealed class SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>Absolute, ending in '/': https://example.org/blog/.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Root-relative home URL, ending in '/': /blog/. Prefix of every internal URL.</summary>
    public required string BasePath { get; init; }

    /// <summary>The language of the page being written, a BCP 47 code ("en", "es"), for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    /// <summary>That language's name in itself: "Español".</summary>
    public string LanguageName { get; init; } = "";

    /// <summary>The home page of the page's language, root-relative: /blog/ or /blog/es/. Where the site title links to.</summary>
    public required string HomeUrl { get; init; }

    /// <summary>Every language of the site, the default first, each with its home page; one entry for a site in one language.</summary>
    public IReadOnlyList<LanguageView> Languages { get; init; } = [];
    public OrganizationView? Organization { get; init; }
    public HelplineView? Helpline { get; init; }

    /// <summary>The crisis line (988) shown beside the helpline on articles that speak of suicide, self-harm or overdose; null when none.</summary>
    public HelplineView? CrisisLine { get; init; }

    /// <summary>The disclaimer as HTML, to insert unescaped; null when the site has none.</summary>
    public string? Disclaimer { get; init; }

    public required IReadOnlyList<MenuItemView> Menu { get; init; }

    /// <summary>URLs of the theme's assets by their path under assets/: <c>site.assets["css/site.css"]</c>.</summary>
    public required ScriptObject Assets { get; init; }

    public required IReadOnlyList<TopicView> Topics { get; init; }

    /// <summary>Every article, newest first.</summary>
    public required IReadOnlyList<ArticleView> Articles { get; init; }

    /// <summary>The URL of the search page when the theme has one, else null.</summary>
    public string? SearchUrl { get; init; }

    public required ScriptObject Extra { get; init; }

    /// <summary>CSS to print in a <c>style</c> element after the theme's stylesheet: the colours site.yml's style sets; null when none.</summary>
    public string? StyleCss { get; init; }

    /// <summary>
    /// The URL of the map of old addresses with a query ("/?p=123") when any document has one, else null: the home
    /// and 404 pages then carry the script that reads it (see <see cref="HostFiles.QueryRedirects"/>).
    /// </summary>
    public string? QueryRedirects { get; init; }
}

/// <param name="Logo">The logo's URL, base path included (site.yml's <c>organization.logo</c>), or null.</param>
public sealed record OrganizationView(string Name, string? Phone, string? TelUri, string? Url, string? Address, string? Logo);

/// <summary>A language of the site: its code, its name in itself, and its home page.</summary>
public sealed record LanguageView(string Code, string Name, string Url);

/// <summary>The crisis line: <c>tel_uri</c> goes in href, <c>phone</c> is what readers see.</summary>
public sealed record HelplineView(string Label, string Phone, string TelUri, string? Hours);

/// <summary>A navigation entry; <c>external</c> is true for links that leave the site.</summary>
public sealed record MenuItemView(string Title, string Url, bool External);
