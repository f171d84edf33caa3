using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>
/// The FAQ pages a site has. Pages without questions are not made: no empty hub, no empty topic page.
/// </summary>
public static class FaqPages
{
    /// <summary>The hub of a language's questions: faq/, es/faq/.</summary>
    public static string HubPath(SiteConfig config) => config.LanguagePrefix + "faq/";

    public static string TopicPath(Topic topic) => $"{topic.LanguagePrefix}faq/{topic.Slug}/";

    /// <summary>
    /// The questions a hub shows of each topic, newest articles first; the topic's FAQ page lists them all. The hub is
    /// where a reader picks a topic, on a phone: with every question of a large site on it, it would weigh megabytes
    /// (10 MB at 10,000 articles).
    /// </summary>
    public const int HubQuestionsPerGroup = 5;

    /// <summary>
    /// The hub, or null when no article has a question. Each question appears once, under its
    /// article's first topic, so the page (and its FAQPage data) never repeats a question;
    /// each group shows its first <see cref="HubQuestionsPerGroup"/> and links to its topic's page, which lists all
    /// of the topic's questions. Articles without topics come last.
    /// </summary>
    /// <param name="words">The theme's words in the site's language, for the pages' titles; English by default.</param>
    public static FaqHubPage? Hub(Site site, Languages.InterfaceText? words = null)
    {
        var topicsBySlug = site.Topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var byTopic = new Dictionary<string, List<FaqItem>>(StringComparer.Ordinal);
        var untopical = new List<FaqItem>();
        foreach (var article in site.Articles)
        {
            if (article.Faq.Count == 0) continue;
            var primary = article.Topics.FirstOrDefault(topicsBySlug.ContainsKey);
            var items = primary is null ? untopical : GetOrAdd(byTopic, primary);
            items.AddRange(ItemsOf(article));
        }
        var groups = site.Topics
            .Where(t => byTopic.ContainsKey(t.Slug))
            .Select(t => new FaqGroup(t, Shown(byTopic[t.Slug]), t.Articles.Sum(a => a.Faq.Count)))
            .ToList();
        if (untopical.Count > 0) groups.Add(new FaqGroup(null, Shown(untopical), untopical.Count));
        return groups.Count == 0 ? null : new FaqHubPage(groups, HubPath(site.Config), HubTitle(words));
    }

    /// <summary>One page per topic that has at least one question, in the site's topic order, with all its questions (<see cref="FaqTopicPage.Split"/> pages them).</summary>
    public static IReadOnlyList<FaqTopicPage> Topics(Site site, Languages.InterfaceText? words = null) =>
        site.Topics
            .Select(t =>
            {
                var items = t.Articles.SelectMany(ItemsOf).ToList();
                return new FaqTopicPage(t, items, HubPath(site.Config), HubTitle(words),
                    (words ?? Languages.InterfaceText.Fallback()).Or("faq_topic_title", "{topic}: frequently asked questions", values: new Dictionary<string, string> { ["topic"] = t.Name }),
                    Questions: items.Count);
            })
            .Where(p => p.Items.Count > 0)
            .ToList();

    public static string HubTitle(Languages.InterfaceText? words) =>
        (words ?? Languages.InterfaceText.Fallback()).Or("faq_title", "Frequently asked questions");

    private static List<FaqItem> Shown(List<FaqItem> items) => items.Count <= HubQuestionsPerGroup ? items : items[..HubQuestionsPerGroup];

    private static IEnumerable<FaqItem> ItemsOf(Article article) => article.Faq.Select(e => new FaqItem(article, e));

    private static List<FaqItem> GetOrAdd(Dictionary<string, List<FaqItem>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<FaqItem>();
        return list;
    }
}
