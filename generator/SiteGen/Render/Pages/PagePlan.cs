using SiteGen.Languages;
using SiteGen.Model;
using SiteGen.Render.Faq;
using SiteGen.Render.Feeds;
using SiteGen.Render.StructuredData;
using SiteGen.Render.Views;

namespace SiteGen.Render.Pages;

/// <summary>The list of every page a site has, each with its layouts and variables. Pure: nothing is rendered here.</summary>
public static class PagePlan
{
    public const string SearchPath = "search/";

    /// <param name="site">The site; a site in several languages plans the pages of each (see <see cref="Site.Languages"/>).</param>
    /// <param name="displayPath">How errors name a document's source file.</param>
    /// <param name="articleJsonLd">Gives an article's structured data from an earlier build when still valid; by default it is serialized as its page renders.</param>
    /// <param name="faqJobs">Gives the FAQ pages from an earlier build when still valid; by default they are made here.</param>
    public static IReadOnlyList<PageJob> For(Site site, SiteViews views, Func<Document, string> displayPath, Func<Site, Article, string>? articleJsonLd = null,
        Func<Site, InterfaceText, IReadOnlyList<PageJob>>? faqJobs = null)
    {
        var jobs = site.Languages.SelectMany(language => ForLanguage(language, views, displayPath, articleJsonLd, faqJobs)).ToList();
        return site.Languages.Count == 1 ? jobs : PageTranslations.Link(jobs, site);
    }

    private static List<PageJob> ForLanguage(Site site, SiteViews views, Func<Document, string> displayPath, Func<Site, Article, string>? articleJsonLd,
        Func<Site, InterfaceText, IReadOnlyList<PageJob>>? faqJobs)
    {
        articleJsonLd ??= SchemaOrg.ForArticle;
        faqJobs ??= FaqPageJobs.For;
        var config = site.Config;
        var words = views.Words(config.Language);
        var jobs = new List<PageJob>();
        jobs.AddRange(HomePages(site, views, words));
        jobs.AddRange(site.Articles.Select(a => ArticlePage(site, a, views, displayPath(a), articleJsonLd)));
        jobs.Add(TopicIndex(config, words));
        foreach (var topic in site.Topics) jobs.AddRange(TopicPages(site, topic, views, words));
        jobs.AddRange(site.Pages.Select(p => ContentPage(p, config, views, displayPath(p))));
        jobs.AddRange(faqJobs(site, words));
        jobs.Add(NotFound(config, words));
        jobs.Add(Search(config, words));
        // Each page's info carries its language already; the renderer needs it only to pick another language's site and words.
        return config.LanguagePrefix.Length == 0 ? jobs : jobs.Select(j => j with { Language = config.Language }).ToList();
    }

    /// <summary>The pages of some of the site's documents alone, as <see cref="For"/> plans them.</summary>
    public static IReadOnlyList<PageJob> ForDocuments(Site site, SiteViews views, IEnumerable<Document> documents, Func<Document, string> displayPath,
        Func<Site, Article, string> articleJsonLd)
    {
        var jobs = documents.Select(d =>
        {
            var language = site.Languages.First(l => l.Config.LanguagePrefix == d.LanguagePrefix);
            var job = d is Article a
                ? ArticlePage(language, a, views, displayPath(a), articleJsonLd)
                : ContentPage((Page)d, language.Config, views, displayPath(d));
            return d.LanguagePrefix.Length == 0 ? job : job with { Language = language.Config.Language };
        }).ToList();
        return site.Languages.Count == 1 ? jobs : PageTranslations.LinkDocuments(jobs, site);
    }

    private static IEnumerable<PageJob> HomePages(Site site, SiteViews views, InterfaceText words) =>
        ListPages(site.Config, words, "home", ["home", "list"], site.Config.Title, site.Config.Description, site.Config.LanguagePrefix,
            site.Articles.Select(views.Of).ToList(), topic: null, SchemaOrg.ForHome(site), "home");

    private static IEnumerable<PageJob> TopicPages(Site site, Topic topic, SiteViews views, InterfaceText words) =>
        ListPages(site.Config, words, "topic", ["topic", "list"], topic.Name,
            words.Or("topic_description", "Articles about {topic}.", values: Values(("topic", topic.Name.ToLowerInvariant()))), topic.Path,
            topic.Articles.Select(views.Of).ToList(), views.Of(topic), SchemaOrg.ForTopic(site, topic), "topic:" + topic.Key);

    /// <param name="jsonLd">The list's structured data, given on its first page only: later pages repeat no entity.</param>
    /// <param name="translationOf">What the list's first page is in every language; later pages have no translation of their own.</param>
    private static IEnumerable<PageJob> ListPages(SiteConfig config, InterfaceText words, string kind, string[] layouts, string title,
        string description, string sitePath, IReadOnlyList<ArticleView> articles, TopicView? topic, string jsonLd, string translationOf)
    {
        foreach (var list in Paginator.Split(articles, config.ArticlesPerPage, sitePath))
        {
            var pagination = PaginationView.Of(config, sitePath, list.Number, list.Total);
            string pageTitle = PageTitle(words, title, list.Number, list.Total);
            yield return new PageJob(
                OutputOf(list.Path), layouts, Info(config, kind, pageTitle, description, list.Path) with { JsonLd = list.Number == 1 ? jsonLd : null },
                new ListVariables(list.Items, pagination, topic)) { TranslationOf = list.Number == 1 ? translationOf : null };
        }
    }

    private static PageJob ArticlePage(Site site, Article article, SiteViews views, string sourceFile, Func<Site, Article, string> articleJsonLd)
    {
        var view = views.Of(article);
        var info = Info(site.Config, "article", view.Title, view.Description, article.Path) with
        {
            Image = article.Image is null ? null : AbsoluteUrls.Of(site.Config, site.SharedImage(article.Image)),
            ImageAlt = view.ImageAlt,
            // Serialized as the page renders, in parallel with the others.
            JsonLdSource = () => articleJsonLd(site, article),
            Crisis = article.MentionsCrisis,
        };
        return new PageJob(OutputOf(article.Path), ["article"], info,
            new ArticleVariables(view), sourceFile, article.BodyHtml) { TranslationOf = PageTranslations.ArticleKey + article.TranslationKey };
    }

    private static PageJob TopicIndex(SiteConfig config, InterfaceText words)
    {
        string path = config.LanguagePrefix + "topics/";
        return new(OutputOf(path), ["topics"], Info(config, "topics", words.Or("topics_title", "Topics"),
                words.Or("topics_description", "Every topic of {site}.", values: Values(("site", config.Title))), path),
            PageVariables.None) { TranslationOf = "topics" };
    }

    private static PageJob ContentPage(Page page, SiteConfig config, SiteViews views, string sourceFile)
    {
        var view = views.Of(page);
        return new PageJob(OutputOf(page.Path), [page.Layout ?? "page"], Info(config, "page", view.Title, view.Description, page.Path),
            new DocumentVariables(view), sourceFile, page.BodyHtml) { TranslationOf = PageTranslations.PageKey + page.TranslationKey };
    }

    private static PageJob NotFound(SiteConfig config, InterfaceText words) =>
        new(config.LanguagePrefix + "404.html", ["404"], Info(config, "not_found", words.Or("not_found_title", "Page not found"), config.Description,
            config.LanguagePrefix + "404.html") with { Noindex = true }, PageVariables.None);

    private static PageJob Search(SiteConfig config, InterfaceText words) =>
        new(OutputOf(config.LanguagePrefix + SearchPath), ["search"], Info(config, "search", words.Or("search_title", "Search"),
                words.Or("search_description", "Search {site}.", values: Values(("site", config.Title))), config.LanguagePrefix + SearchPath) with { Noindex = true },
            PageVariables.None, Optional: true);

    private static PageInfoView Info(SiteConfig config, string kind, string title, string description, string sitePath) => new()
    {
        Kind = kind,
        Title = title,
        Description = description,
        Url = config.RootUrl(sitePath),
        CanonicalUrl = config.AbsoluteUrl(sitePath),
        Language = config.Language,
    };

    internal static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    /// <summary>The title of page <paramref name="number"/> of a list: the list's own on its first page.</summary>
    internal static string PageTitle(InterfaceText words, string title, int number, int total) =>
        number == 1 ? title : words.Or("list_page_title", "{title} (page {page} of {total})",
            values: Values(("title", title), ("page", Number(number)), ("total", Number(total))));

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Pretty URLs: the page at "articles/x/" is the file articles/x/index.html.</summary>
    public static string OutputOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
