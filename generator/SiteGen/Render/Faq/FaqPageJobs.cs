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
                FaqViews.Of(config, hub), PaginationView.Of(config, hub.Path, 1, 1), SchemaOrg.ForFaqHub(site, hub)) with { TranslationOf = "faq" });
        foreach (var topic in FaqPages.Topics(site, words))
            foreach (var page in topic.Split(config.FaqQuestionsPerPage))
            {
                string title = PagePlan.PageTitle(words, page.Title, page.Number, page.Pages);
                var pagination = PaginationView.Of(config, page.FirstPath, page.Number, page.Pages);
                // Each page's FAQPage data holds the questions it shows; later pages have no translation of their own.
                jobs.Add(Job(config, page.Path, ["faq-topic", "faq"], TopicKind, title,
                    words.Or("faq_topic_description", "Questions and answers about {topic}.", values: PagePlan.Values(("topic", page.Topic.Name))),
                    FaqViews.Of(config, page), pagination, SchemaOrg.ForFaqTopic(site, page)) with { TranslationOf = page.Number == 1 ? "faq:" + page.Topic.Key : null });
            }
        return jobs;
    }

    private static PageJob Job(SiteConfig config, string path, string[] layouts, string kind, string title, string description,
        FaqPageView view, PaginationView pagination, string jsonLd) =>
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
            new FaqVariables(view, pagination));
}
