using System.Runtime.CompilerServices;
using SiteGen.Model;
using SiteGen.Render.Dependencies;
using Scriban.Runtime;
using SiteGen.Languages;

namespace SiteGen.Render.Views;

/// <summary>
/// Every view of a build, made once and shared by all pages: an article's view is the same object
/// on its own page, in lists, and in other articles' related links.
/// </summary>
public sealed class SiteViews
{
    private SiteViews(IReadOnlyList<(Site Site, SiteView View)> sites, IReadOnlyDictionary<Article, ArticleView> articles,
        IReadOnlyDictionary<string, TopicView> topics, IReadOnlyDictionary<Page, PageView> pages, IReadOnlyDictionary<string, InterfaceText> words)
    {
        _sites = sites;
        _articles = articles;
        _topics = topics;
        _pages = pages;
        _words = words;
    }

    private readonly IReadOnlyList<(Site Site, SiteView View)> _sites;
    private readonly IReadOnlyDictionary<Article, ArticleView> _articles;
    private readonly IReadOnlyDictionary<string, TopicView> _topics;
    private readonly IReadOnlyDictionary<Page, PageView> _pages;
    private readonly IReadOnlyDictionary<string, InterfaceText> _words;

    /// <summary>The default language's site view.</summary>
    public SiteView Site => _sites[0].View;

    /// <summary>The site view of each language, by its code.</summary>
    public IReadOnlyDictionary<string, SiteView> Languages => _sites.ToDictionary(s => s.Site.Config.Language, s => s.View, StringComparer.Ordinal);

    public ArticleView Of(Article article) => _articles[article];

    public TopicView Of(Topic topic) => _topics[topic.Path];

    public PageView Of(Page page) => _pages[page];

    /// <summary>The theme's words in a language (see <see cref="InterfaceText"/>).</summary>
    public InterfaceText Words(string language) => _words.TryGetValue(language, out var words) ? words : InterfaceText.Fallback(language);

    /// <summary>
    /// The views that are the same thing from one build to the next, each with a key that says which:
    /// each language's site, and each article, topic and page by its source or path.
    /// </summary>
    public IEnumerable<(string Key, object View)> Identified()
    {
        foreach (var (site, view) in _sites) yield return (site.Config.LanguagePrefix.Length == 0 ? "site" : "site:" + site.Config.LanguagePrefix, view);
        foreach (var (article, view) in _articles) yield return ("article:" + article.SourcePath, view);
        foreach (var (path, view) in _topics) yield return ("topic:" + path, view);
        foreach (var (page, view) in _pages) yield return ("page:" + page.SourcePath, view);
    }

    /// <param name="assetUrls">Asset URLs by their path under assets/ (see <see cref="SiteView.Assets"/>).</param>
    /// <param name="searchUrl">The search page's URL when the theme has a search layout (each language has its own, under its folder).</param>
    /// <param name="styleCss">The CSS that re-colours the theme as site.yml's style asks, or null.</param>
    /// <param name="words">The theme's words by language, which dates are written in; English month names where absent.</param>
    public static SiteViews Build(Site site, IReadOnlyDictionary<string, string> assetUrls, string? searchUrl, string? styleCss = null,
        IReadOnlyDictionary<string, InterfaceText>? words = null)
    {
        words ??= new Dictionary<string, InterfaceText>();
        var allArticles = new Dictionary<Article, ArticleView>();
        var allTopics = new Dictionary<string, TopicView>(StringComparer.Ordinal);
        var allPages = new Dictionary<Page, PageView>();
        var sites = new List<(Site, SiteView)>();
        // One file of redirects serves every language: asked of the whole site once.
        bool queryRedirects = HostFiles.QueryRedirects.Needed(site.Languages[0]);
        var languages = site.Languages.Select(l => new LanguageView(l.Config.Language, l.Config.LanguageName, l.Config.RootUrl(l.Config.LanguagePrefix))).ToList();
        foreach (var edition in site.Languages)
        {
            var config = edition.Config;
            var text = words.TryGetValue(config.Language, out var w) ? w : InterfaceText.Fallback(config.Language);
            var topics = edition.Topics.ToDictionary(t => t.Slug, t => new TopicView
            {
                Slug = t.Slug,
                Name = t.Name,
                Url = config.RootUrl(t.Path),
                Count = t.Articles.Count,
            });

            // What an article's own view is made from besides the article: the same for every article of the edition.
            string ownKey = config.BaseUrl + "\n" + text.DateStyle;
            var articles = edition.Articles.ToDictionary(a => a, a => ArticleViewOf(a, ownKey, config, topics, text));
            foreach (var (article, view) in articles)
            {
                view.FindRelatedWith(() => edition.Related(article).Where(articles.ContainsKey).Select(a => articles[a]).ToList());
                view.Previous = edition.Previous(article) is { } previous ? articles[previous] : null;
                view.Next = edition.Next(article) is { } next ? articles[next] : null;
            }
            foreach (var topic in edition.Topics)
                topics[topic.Slug].Articles = topic.Articles.Where(articles.ContainsKey).Select(a => articles[a]).ToList();

            foreach (var page in edition.Pages) allPages[page] = PageViewOf(page, config);
            foreach (var (article, view) in articles) allArticles[article] = view;
            foreach (var topic in edition.Topics) allTopics[topic.Path] = topics[topic.Slug];
            sites.Add((edition, SiteViewOf(edition, assetUrls, searchUrl is null ? null : config.RootUrl(config.LanguagePrefix + Pages.PagePlan.SearchPath), styleCss,
                edition.Topics.Select(t => topics[t.Slug]).ToList(),
                edition.Articles.Select(a => articles[a]).ToList(), languages, queryRedirects)));
        }
        return new SiteViews(sites, allArticles, allTopics, allPages, words);
    }

    private static ArticleView ArticleViewOf(Article a, string ownKey, SiteConfig config, IReadOnlyDictionary<string, TopicView> topics, InterfaceText words) => new(
        OwnViews.Get(a, ownKey, () => OwnViewOf(a, config, words)),
        TopicsOf(a, topics),
        ExtraValues.ToScript(a.Extra));

    private static List<TopicView> TopicsOf(Article a, IReadOnlyDictionary<string, TopicView> topics)
    {
        var list = new List<TopicView>(a.Topics.Count);
        foreach (string slug in a.Topics)
            if (topics.TryGetValue(slug, out var topic)) list.Add(topic);
        return list;
    }

    // Kept with the article object: a rebuild's unchanged articles are the same objects, whose views differ only in their links.
    private static readonly KeptPerObject<Article, string, ArticleOwnView> OwnViews = new();

    private static ArticleOwnView OwnViewOf(Article a, SiteConfig config, InterfaceText words) => new(
        Slug: a.Slug,
        Url: config.RootUrl(a.Path),
        AbsoluteUrl: config.AbsoluteUrl(a.Path),
        Title: a.Title,
        Description: a.Description ?? a.Summary,
        Summary: a.Summary,
        Date: words.Date(a.Date),
        DateIso: DateText.Iso(a.Date),
        Updated: words.Date(a.Updated),
        UpdatedIso: DateText.Iso(a.Updated),
        Author: a.Author,
        ReviewedBy: a.ReviewedBy,
        ReviewedOn: words.Date(a.ReviewedOn),
        ReviewedOnIso: DateText.Iso(a.ReviewedOn),
        ReadingMinutes: a.ReadingMinutes,
        WordCount: a.WordCount,
        Toc: PartsOf(a).Toc,
        Body: a.BodyHtml,
        Faq: PartsOf(a).Faq,
        Image: a.Image is null ? null : SiteUrls.Resolve(config, a.Image),
        ImageAlt: a.ImageAlt,
        Scheduled: a.Scheduled,
        Crisis: a.MentionsCrisis);

    // The parts of a document's view that come from the document alone, made once per document object:
    // a rebuild reuses the objects of unchanged files, and so these parts and their fingerprints.
    private static readonly ConditionalWeakTable<Document, OwnParts> Parts = new();

    private sealed record OwnParts(IReadOnlyList<TocItemView> Toc, IReadOnlyList<FaqView> Faq);

    private static OwnParts PartsOf(Document document) => Parts.GetValue(document, d => new OwnParts(
        TocTree.Build(d.Toc),
        d is Article a ? FaqFilter.NotInBody(a.Faq, a.BodyHtml).Select(f => new FaqView(f.Question, f.AnswerHtml, f.Anchor)).ToList() : []));

    private static PageView PageViewOf(Page p, SiteConfig config) => new()
    {
        Slug = p.Slug,
        Url = config.RootUrl(p.Path),
        AbsoluteUrl = config.AbsoluteUrl(p.Path),
        Title = p.Title,
        Description = p.Description ?? config.Description,
        Toc = PartsOf(p).Toc,
        Body = p.BodyHtml.ToString(),
        Extra = ExtraValues.ToScript(p.Extra),
    };

    private static SiteView SiteViewOf(Site site, IReadOnlyDictionary<string, string> assetUrls, string? searchUrl, string? styleCss,
        IReadOnlyList<TopicView> topics, IReadOnlyList<ArticleView> articles, IReadOnlyList<LanguageView> languages, bool queryRedirects)
    {
        var config = site.Config;
        var assets = new ScriptObject(assetUrls.Count);
        foreach (var (name, url) in assetUrls) assets[name] = url;
        assets.IsReadOnly = true;
        return new SiteView
        {
            Title = config.Title,
            Description = config.Description,
            BaseUrl = config.BaseUrl,
            BasePath = config.BasePath,
            Language = config.Language,
            LanguageName = config.LanguageName,
            HomeUrl = config.RootUrl(config.LanguagePrefix),
            Languages = languages,
            Organization = config.Organization is { } o
                ? new OrganizationView(o.Name, o.Phone, o.Phone is null ? null : new Helpline("", o.Phone).TelUri, o.Url, o.Address, o.Logo is { Length: > 0 } logo ? SiteUrls.Resolve(config, logo) : null)
                : null,
            Helpline = config.Helpline is { } h ? new HelplineView(h.Label, h.Phone, h.TelUri, h.Hours) : null,
            CrisisLine = config.CrisisLine is { } c ? new HelplineView(c.Label, c.Phone, c.TelUri, c.Hours) : null,
            Disclaimer = config.DisclaimerHtml,
            Menu = config.Menu.Select(m => new MenuItemView(m.Title, SiteUrls.Resolve(config, m.Url), SiteUrls.IsExternal(m.Url))).ToList(),
            Assets = assets,
            Topics = topics,
            Articles = articles,
            SearchUrl = searchUrl,
            StyleCss = styleCss,
            QueryRedirects = queryRedirects ? config.RootUrl(HostFiles.QueryRedirects.Path) : null,
            Extra = ExtraValues.ToScript(config.Extra),
        };
    }
}
