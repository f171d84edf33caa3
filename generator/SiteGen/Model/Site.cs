namespace SiteGen.Model;

/// <summary>
/// The whole site as the pipeline models it: everything the render stage needs, nothing on disk. A site in several
/// languages is one <see cref="Site"/> per language, each with that language's settings, articles, pages and topics;
/// the default language's is the site the build hands on, and lists them all in <see cref="Languages"/>.
/// </summary>
public sealed class Site
{
    public required SiteConfig Config { get; init; }

    /// <summary>Every language of the site, the default language first; a site in one language lists only itself.</summary>
    public IReadOnlyList<Site> Languages
    {
        get => _languages ?? [this];
        init => _languages = value;
    }

    private readonly IReadOnlyList<Site>? _languages;

    /// <summary>Which documents and topics of the other languages are translations of each other.</summary>
    public Translations Translations { get; init; } = Translations.None;

    /// <summary>Every article of every language: what is site-wide (the sitemap, redirects) reads these.</summary>
    public IEnumerable<Article> AllArticles => Languages.SelectMany(l => l.Articles);

    /// <summary>Every page of every language.</summary>
    public IEnumerable<Page> AllPages => Languages.SelectMany(l => l.Pages);

    /// <summary>Published articles (drafts only when asked for), newest first, ties broken by slug.</summary>
    public required IReadOnlyList<Article> Articles
    {
        get => _articles;
        // Indexed once here so Previous/Next are cheap and safe from the render threads.
        init
        {
            _articles = value;
            _index = value.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
        }
    }

    private readonly IReadOnlyList<Article> _articles = [];
    private readonly Dictionary<Article, int> _index = [];

    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Topics in order of name.</summary>
    public required IReadOnlyList<Topic> Topics { get; init; }

    /// <summary>Articles taken down because they expired: their addresses are redirected where the editor asked.</summary>
    public IReadOnlyList<RetiredArticle> Retired { get; init; } = [];

    /// <summary>Files under content/ copied with their paths.</summary>
    public IReadOnlyList<StaticFile> ContentFiles { get; init; } = [];

    /// <summary>The picture of a shared link (1200 × 630, Open Graph and structured data) of each article image, by the image's site path.</summary>
    public IReadOnlyDictionary<string, string> Covers { get; init; } = new Dictionary<string, string>();

    /// <summary>The site path of the picture to show where <paramref name="image"/> is shared: its cover when it has one.</summary>
    public string SharedImage(string image) => Covers.TryGetValue(image, out var cover) ? cover : image;

    /// <summary>Articles sharing topics with the given one, most shared first, then newest.</summary>
    public required Func<Article, IReadOnlyList<Article>> Related { get; init; }

    /// <summary>The next older article, or null.</summary>
    public Article? Previous(Article article) => Neighbour(article, +1);

    /// <summary>The next newer article, or null.</summary>
    public Article? Next(Article article) => Neighbour(article, -1);

    private Article? Neighbour(Article article, int step)
    {
        int index = IndexOf(article);
        int other = index + step;
        return index < 0 || other < 0 || other >= Articles.Count ? null : Articles[other];
    }

    private int IndexOf(Article article) => _index.TryGetValue(article, out var i) ? i : -1;
}
