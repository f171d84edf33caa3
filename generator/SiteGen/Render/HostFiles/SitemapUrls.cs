using SiteGen.Model;
using SiteGen.Render.Faq;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The pages worth a search engine's visit: home, articles, pages, topics and FAQ pages. Paginated
/// lists, the 404 page and redirects are left out; a page opts out with <c>sitemap: false</c> in its front matter.
/// </summary>
public static class SitemapUrls
{
    /// <summary>The pages of every language of the site.</summary>
    public static IEnumerable<SitemapUrl> For(Site site) => site.Languages.SelectMany(ForLanguage);

    private static IEnumerable<SitemapUrl> ForLanguage(Site site)
    {
        string prefix = site.Config.LanguagePrefix;
        yield return new SitemapUrl(prefix, Newest(site.Articles));
        foreach (var article in site.Articles)
            if (Listed(article)) yield return new SitemapUrl(article.Path, article.LastModified);
        foreach (var page in site.Pages)
            if (Listed(page) && page.Slug != "404") yield return new SitemapUrl(page.Path, null);
        if (site.Topics.Count > 0) yield return new SitemapUrl(prefix + "topics/", Newest(site.Articles));
        foreach (var topic in site.Topics) yield return new SitemapUrl(topic.Path, Newest(topic.Articles));
        if (FaqPages.Hub(site) is { } hub) yield return new SitemapUrl(hub.Path, Newest(hub.Items.Select(i => i.Article)));
        foreach (var page in FaqPages.Topics(site)) yield return new SitemapUrl(page.Path, Newest(page.Items.Select(i => i.Article)));
    }

    private static bool Listed(Document document) =>
        !(document.Extra.TryGetValue("sitemap", out var value) && value is false or "false");

    private static DateTimeOffset? Newest(IEnumerable<Article> articles) =>
        articles.Select(a => (DateTimeOffset?)a.LastModified).Max();
}
