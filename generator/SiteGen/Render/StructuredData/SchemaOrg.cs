using System.Text.Json.Nodes;
using SiteGen.Model;
using SiteGen.Render.Faq;

namespace SiteGen.Render.StructuredData;

/// <summary>
/// The JSON-LD of each kind of page, as the text of one &lt;script type="application/ld+json"&gt;
/// (views expose it as <c>page.json_ld</c>; the json-ld partial prints it).
/// </summary>
public static class SchemaOrg
{
    public static string ForHome(Site site)
    {
        var config = site.Config;
        string home = config.AbsoluteUrl(config.LanguagePrefix);
        var website = JsonLd.Identified("WebSite", home + "#website",
            ("url", home),
            ("name", config.Title),
            ("description", JsonLd.Text(config.Description)),
            ("inLanguage", config.Language),
            ("publisher", JsonLd.Reference(OrganizationNode.Id(config))));
        return JsonLd.Graph([OrganizationNode.Build(config), website]);
    }

    public static string ForArticle(Site site, Article article)
    {
        var config = site.Config;
        var topic = FirstTopic(site, article);
        var trail = topic is null
            ? new[] { (article.Title, article.Path) }
            : [(topic.Name, topic.Path), (article.Title, article.Path)];
        var nodes = new List<JsonObject>
        {
            ArticleNodes.WebPage(config, article),
            ArticleNodes.BlogPosting(config, article, article.Image is null ? null : site.SharedImage(article.Image), TranslationLinks(site, article)),
            BreadcrumbNode.Build(config, article.Path, trail),
        };
        if (article.Faq.Count > 0) nodes.Add(FaqPageNode.Build(config, article.Path, article.Faq));
        return JsonLd.Graph(nodes);
    }

    /// <summary>
    /// How an article relates to its translations: the default language's version lists the others as its workTranslation; each
    /// other one is a translationOfWork of it. None where the article has no version in the default language.
    /// </summary>
    public static ArticleTranslations? TranslationLinks(Site site, Article article)
    {
        var versions = site.Translations.Of(article);
        var original = versions.FirstOrDefault(d => d.LanguagePrefix.Length == 0);
        if (original is null) return null;
        string Id(Document d) => site.Config.AbsoluteUrl(d.Path) + "#article";
        return ReferenceEquals(original, article)
            ? new ArticleTranslations(null, versions.Where(d => !ReferenceEquals(d, article)).Select(Id).ToList())
            : new ArticleTranslations(Id(original), []);
    }

    /// <summary>The topic an article's breadcrumb goes through: the first of its topics that the site has.</summary>
    public static Topic? FirstTopic(Site site, Article article) =>
        article.Topics.Select(slug => site.Topics.FirstOrDefault(t => t.Slug == slug)).FirstOrDefault(t => t is not null);

    public static string ForTopic(Site site, Topic topic) =>
        JsonLd.Graph([BreadcrumbNode.Build(site.Config, topic.Path, (topic.Name, topic.Path))]);

    public static string ForFaqHub(Site site, FaqHubPage hub) =>
        JsonLd.Graph(
        [
            BreadcrumbNode.Build(site.Config, hub.Path, (hub.Title, hub.Path)),
            FaqPageNode.Build(site.Config, hub.Path, hub.Items.Select(i => i.Entry)),
        ]);

    public static string ForFaqTopic(Site site, FaqTopicPage page) =>
        JsonLd.Graph(
        [
            BreadcrumbNode.Build(site.Config, page.Path, (page.HubTitle, page.HubPath), (page.Topic.Name, page.Path)),
            FaqPageNode.Build(site.Config, page.Path, page.Items.Select(i => i.Entry)),
        ]);
}
