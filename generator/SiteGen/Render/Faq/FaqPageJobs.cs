using SiteGen.Model;
using SiteGen.Render.Pages;
using SiteGen.Render.StructuredData;
using SiteGen.Render.Views;

namespace SiteGen.Render.Faq;

/// <summary>The FAQ pages as pages to render: the hub (layout faq) and one per topic (layout faq-topic, else faq).</summary>
public static class FaqPageJobs
{
    /// <summary>The <c>page.kind</c> of the hub and of a topic's FAQ page.</summary>
    public const string HubKind = "faq", TopicKind = "faq_topic";

    /// <param name="words">The theme's words in the site's language, for titles and descriptions.</param>
    public static IReadOnlyList<PageJob> For(Site site, Languages.InterfaceText? words = null)
    {
        words ??= Languages.InterfaceText.Fallback(site.Config.Language);
        var config = site.Config;
        var jobs = new List<PageJob>();
        if (FaqPages.Hub(site, words) is { } hub)
            jobs.Add(Job(config, hub.Path, ["faq"], HubKind, hub.Title,
                words.Or("faq_hub_description", "Questions and answers from {site}, by topic.", values: PagePlan.Values(("site", config.Title))),
                FaqViews.Of(config, hub), SchemaOrg.ForFaqHub(site, hub)) with { TranslationOf = "faq" });
        foreach (var page in FaqPages.Topics(site, words))
            jobs.Add(Job(config, page.Path, ["faq-topic", "faq"], TopicKind, page.Title,
                words.Or("faq_topic_description", "Questions and answers about {topic}.", values: PagePlan.Values(("topic", page.Topic.Name))),
                FaqViews.Of(config, page), SchemaOrg.ForFaqTopic(site, page)) with { TranslationOf = "faq:" + page.Topic.Key });
        return jobs;
    }

    private static PageJob Job(SiteConfig config, string path, string[] layouts, string kind, string title, string description,
        FaqPageView view, string jsonLd) =>
        new(PagePlan.OutputOf(path), layouts,
            new PageInfoView
            {
                Kind = kind,
                Title = title,
                Description = description,
                Url = config.RootUrl(path),
                CanonicalUrl = config.AbsoluteUrl(path),
                Language = config.Language,
                JsonLd = jsonLd,
            },
            new FaqVariables(view));
}
