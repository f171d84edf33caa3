namespace SiteGen.Model;

/// <summary>The settings of content/site.yml, validated and with defaults applied.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Absolute base URL, always ending in '/', e.g. https://example.org/blog/.</summary>
    public required string BaseUrl
    {
        get => _baseUrl;
        // Derived here, not on every read: every URL of every page asks for the base path.
        init
        {
            _baseUrl = value;
            string path = new Uri(value).AbsolutePath;
            BasePath = path.EndsWith('/') ? path : path + "/";
        }
    }

    private readonly string _baseUrl = "";

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending in '/', e.g. /blog/.</summary>
    public string BasePath { get; private init; } = "/";

    /// <summary>The language of these settings' pages, a BCP 47 code: "en", "es", "pt-BR".</summary>
    public string Language { get; init; } = "en";

    /// <summary>The language's name in itself, for the language switcher: "Español".</summary>
    public string LanguageName { get; init; } = "English";

    /// <summary>Where this language's pages are published under the site: "" for the default language, "es/" for the others.</summary>
    public string LanguagePrefix { get; init; } = "";

    /// <summary>
    /// The settings of each other language of the site (site.yml's <c>languages:</c>), in the order written: each is these
    /// settings with that language's title, description, menu, helpline, disclaimer and topic names in place. Empty on those.
    /// </summary>
    public IReadOnlyList<SiteConfig> OtherLanguages { get; init; } = [];

    /// <summary>Display names of topics by their key (as front matter names them), for this language.</summary>
    public string Theme { get; init; } = "default";
    public Organization? Organization { get; init; }
    public Helpline? Helpline { get; init; }

    /// <summary>The disclaimer shown on every article, as Markdown in site.yml and as HTML once rendered.</summary>
    public string? DisclaimerHtml { get; init; }

    public IReadOnlyList<MenuItem> Menu { get; init; } = [];
    public int ArticlesPerPage { get; init; } = 10;

    /// <summary>
    /// Questions on each page of a topic's FAQ (faq/&lt;topic&gt;/, then page/2/...). A reader opens these pages on a phone:
    /// a topic of a large site has thousands of questions, megabytes on one page.
    /// </summary>
    public int FaqQuestionsPerPage { get; init; } = 50;

    /// <summary>Raw HTML in Markdown is kept when true (editors are trusted) and escaped when false.</summary>
    public bool AllowRawHtml { get; init; } = true;

    /// <summary>
    /// Raw HTML may hold &lt;script&gt;, on...= handlers and style= attributes, each allowed by its hash in the security
    /// policy. Off by default: script in content is what the policy exists to stop, and is refused at its position.
    /// </summary>
    public bool AllowContentScripts { get; init; }

    /// <summary>The crisis line (988 in the United States) shown beside the helpline on articles that speak of suicide, self-harm or overdose; null when none.</summary>
    public Helpline? CrisisLine { get; init; }

    /// <summary>site.yml's <c>check:</c>, the settings of <c>sitegen check</c>.</summary>
    public Checks.CheckSettings Check { get; init; } = Checks.CheckSettings.Default;

    /// <summary>site.yml's <c>images:</c>: the widths, quality and formats raster images are published in.</summary>
    public Images.ImageSettings Images { get; init; } = SiteGen.Images.ImageSettings.Default;

    public IReadOnlyDictionary<string, string> TopicNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The slug of a topic's pages by its key where this language gives it another ("confianza" for "trust"); the key otherwise.</summary>
    public IReadOnlyDictionary<string, string> TopicSlugs { get; init; } = new Dictionary<string, string>();

    /// <summary>Keys of site.yml that SiteGen does not know, for themes.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>site.yml's <c>style:</c> colours, checked against the theme's palette when the site renders.</summary>
    public IReadOnlyList<Style.StyleColor> Style { get; init; } = [];

    /// <summary>Every language's settings, the default language's (these) first.</summary>
    public IEnumerable<SiteConfig> AllLanguages => OtherLanguages.Prepend(this);

    /// <summary>The settings of the language published under <paramref name="prefix"/> ("es/"); these for "" or a prefix no language has.</summary>
    public SiteConfig InLanguageOf(string prefix) =>
        prefix.Length == 0 ? this : OtherLanguages.FirstOrDefault(l => l.LanguagePrefix == prefix) ?? this;

    /// <summary>The slug in this language of a topic as front matter names it: by its key ("trust" → "confianza"), or by its slug itself.</summary>
    public string TopicSlug(string named) => TopicSlugs.TryGetValue(named, out string? slug) ? slug : named;

    /// <summary>The key of a topic of this language by its slug ("confianza" → "trust").</summary>
    public string TopicKey(string slug) => TopicSlugs.FirstOrDefault(p => p.Value == slug).Key ?? slug;

    /// <summary>The absolute URL of a site-relative path such as "articles/x/" or "/articles/x/".</summary>
    public string AbsoluteUrl(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    /// <summary>The root-relative URL (base path included) of a site-relative path.</summary>
    public string RootUrl(string sitePath) => BasePath + sitePath.TrimStart('/');
}

/// <param name="LogoAt">Where site.yml names the logo, so a logo that is not there is reported at that line.</param>
public sealed record Organization(string Name, string? Phone = null, string? Url = null, string? Address = null, string? Logo = null,
    (int Line, int Column) LogoAt = default);

/// <summary>The crisis line shown as a tap-to-call button on every article.</summary>
public sealed record Helpline(string Label, string Phone, string? Hours = null)
{
    /// <summary>The number as a tel: URI: keypad letters as digits, an extension as ;ext= (site.yml's checks refuse what is not one number).</summary>
    public string TelUri => Parse.PhoneNumber.Parse(Phone).TelUri ?? "tel:" + new string(Phone.Where(char.IsAsciiDigit).ToArray());
}

/// <param name="Line">Where site.yml gives the URL, so a broken menu link is reported there.</param>
public sealed record MenuItem(string Title, string Url, int Line = 1, int Column = 1);
