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

    /// <param name="displayPath">How errors name a document's source file.</param>
    /// <param name="articleJsonLd">Gives an article's structured data from an earlier build when still valid; by default it is serialized here.</param>
    /// <param name="faqJobs">Gives the FAQ pages from an earlier build when still valid; by default they are made here.</param>
    public static IReadOnlyList<PageJob> For(Site site, SiteViews views, Func<Document, string> displayPath, Func<Site, Article, string>? articleJsonLd = null,
        Func<Site, IReadOnlyList<PageJob>>? faqJobs = null)
    {
        articleJsonLd ??= SchemaOrg.ForArticle;
        faqJobs ??= FaqPageJobs.For;
        var config = site.Config;
        var jobs = new List<PageJob>();
        jobs.AddRange(HomePages(site, views));
        // Each article's structured data is serialized here: in parallel, in the articles' order.
        jobs.AddRange(site.Articles.AsParallel().AsOrdered().Select(a => ArticlePage(site, a, views, displayPath(a), articleJsonLd)));
        jobs.Add(TopicIndex(config));
        foreach (var topic in site.Topics) jobs.AddRange(TopicPages(site, topic, views));
        jobs.AddRange(site.Pages.Select(p => ContentPage(p, config, views, displayPath(p))));
        jobs.AddRange(faqJobs(site));
        jobs.Add(NotFound(config));
        jobs.Add(Search(config));
        return jobs;
    }

    /// <summary>The pages of some of the site's documents alone, as <see cref="For"/> plans them.</summary>
    public static IReadOnlyList<PageJob> ForDocuments(Site site, SiteViews views, IEnumerable<Document> documents, Func<Document, string> displayPath,
        Func<Site, Article, string> articleJsonLd) =>
        documents.Select(d => d is Article a
            ? ArticlePage(site, a, views, displayPath(a), articleJsonLd)
            : ContentPage((Page)d, site.Config, views, displayPath(d))).ToList();

    private static IEnumerable<PageJob> HomePages(Site site, SiteViews views) =>
        ListPages(site.Config, "home", ["home", "list"], site.Config.Title, site.Config.Description, "",
            site.Articles.Select(views.Of).ToList(), topic: null, SchemaOrg.ForHome(site));

    private static IEnumerable<PageJob> TopicPages(Site site, Topic topic, SiteViews views) =>
        ListPages(site.Config, "topic", ["topic", "list"], topic.Name, $"Articles about {topic.Name.ToLowerInvariant()}.", topic.Path,
            topic.Articles.Select(views.Of).ToList(), views.Of(topic), SchemaOrg.ForTopic(site, topic));

    /// <param name="jsonLd">The list's structured data, given on its first page only: later pages repeat no entity.</param>
    private static IEnumerable<PageJob> ListPages(SiteConfig config, string kind, string[] layouts, string title,
        string description, string sitePath, IReadOnlyList<ArticleView> articles, TopicView? topic, string jsonLd)
    {
        foreach (var list in Paginator.Split(articles, config.ArticlesPerPage, sitePath))
        {
            var pagination = new PaginationView(
                list.Number, list.Total,
                list.Number > 1 ? config.RootUrl(Paginator.PathOf(sitePath, list.Number - 1)) : null,
                list.Number < list.Total ? config.RootUrl(Paginator.PathOf(sitePath, list.Number + 1)) : null,
                config.RootUrl(sitePath));
            string pageTitle = list.Number == 1 ? title : $"{title} (page {list.Number} of {list.Total})";
            yield return new PageJob(
                OutputOf(list.Path), layouts, Info(config, kind, pageTitle, description, list.Path) with { JsonLd = list.Number == 1 ? jsonLd : null },
                new ListVariables(list.Items, pagination, topic));
        }
    }

    private static PageJob ArticlePage(Site site, Article article, SiteViews views, string sourceFile, Func<Site, Article, string> articleJsonLd)
    {
        var view = views.Of(article);
        var info = Info(site.Config, "article", view.Title, view.Description, article.Path) with
        {
            Image = article.Image is null ? null : AbsoluteUrls.Of(site.Config, site.SharedImage(article.Image)),
            ImageAlt = view.ImageAlt,
            JsonLd = articleJsonLd(site, article),
            Crisis = article.MentionsCrisis,
        };
        return new PageJob(OutputOf(article.Path), ["article"], info,
            new ArticleVariables(view), sourceFile, article.BodyHtml);
    }

    private static PageJob TopicIndex(SiteConfig config) =>
        new("topics/index.html", ["topics"], Info(config, "topics", "Topics", "Every topic of " + config.Title + ".", "topics/"),
            PageVariables.None);

    private static PageJob ContentPage(Page page, SiteConfig config, SiteViews views, string sourceFile)
    {
        var view = views.Of(page);
        return new PageJob(OutputOf(page.Path), [page.Layout ?? "page"], Info(config, "page", view.Title, view.Description, page.Path),
            new DocumentVariables(view), sourceFile, page.BodyHtml);
    }

    private static PageJob NotFound(SiteConfig config) =>
        new("404.html", ["404"], Info(config, "not_found", "Page not found", config.Description, "404.html") with { Noindex = true },
            PageVariables.None);

    private static PageJob Search(SiteConfig config) =>
        new(OutputOf(SearchPath), ["search"], Info(config, "search", "Search", "Search " + config.Title + ".", SearchPath) with { Noindex = true },
            PageVariables.None, Optional: true);

    private static PageInfoView Info(SiteConfig config, string kind, string title, string description, string sitePath) => new()
    {
        Kind = kind,
        Title = title,
        Description = description,
        Url = config.RootUrl(sitePath),
        CanonicalUrl = config.AbsoluteUrl(sitePath),
    };

    /// <summary>Pretty URLs: the page at "articles/x/" is the file articles/x/index.html.</summary>
    public static string OutputOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
