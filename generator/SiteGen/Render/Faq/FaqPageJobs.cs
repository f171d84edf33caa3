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

    public static IReadOnlyList<PageJob> For(Site site)
    {
        var config = site.Config;
        var jobs = new List<PageJob>();
        if (FaqPages.Hub(site) is { } hub)
            jobs.Add(Job(config, hub.Path, ["faq"], HubKind, hub.Title,
                $"Questions and answers from {config.Title}, by topic.", FaqViews.Of(config, hub), SchemaOrg.ForFaqHub(site, hub)));
        foreach (var page in FaqPages.Topics(site))
            jobs.Add(Job(config, page.Path, ["faq-topic", "faq"], TopicKind, page.Title,
                $"Questions and answers about {page.Topic.Name}.", FaqViews.Of(config, page), SchemaOrg.ForFaqTopic(site, page)));
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
                JsonLd = jsonLd,
            },
            new FaqVariables(view));
}
