using SiteGen.Model;
using SiteGen.Render.Dependencies;

namespace SiteGen.Render.Faq;

/// <summary>Turns FAQ pages into what the faq layout sees: URLs with the base path, text ready to print.</summary>
public static class FaqViews
{
    public static FaqPageView Of(SiteConfig config, FaqHubPage hub) =>
        new(hub.Title, config.RootUrl(hub.Path), null,
            hub.Groups.Select(g => Group(config, g.Topic, g.Path, g.Items, g.Total)).ToList());

    public static FaqPageView Of(SiteConfig config, FaqTopicPage page) =>
        new(page.Title, config.RootUrl(page.HubPath), config.RootUrl(page.Topic.Path),
            [Group(config, page.Topic, page.FirstPath, page.Items, page.Questions)]);

    private static FaqGroupView Group(SiteConfig config, Topic? topic, string? path, IReadOnlyList<FaqItem> items, int total) =>
        new(topic?.Name, topic?.Slug, path is null ? null : config.RootUrl(path), items.Select(i => Item(config, i)).ToList(), total);

    // The same question shows on the hub and its topic's page, and a preview's rebuild shows it again:
    // rebasing its answer's links is done once per entry object and site root.
    // An entry object belongs to one parse of one article, so its article's slug, path and title are fixed too.
    private static readonly KeptPerObject<FaqEntry, string, FaqItemView> Items = new();

    private static FaqItemView Item(SiteConfig config, FaqItem item) =>
        Items.Get(item.Entry, config.RootUrl(""), () => MakeItem(config, item));

    // Anchors are unique within an article only; the article's slug makes them unique on a page of many articles.
    private static FaqItemView MakeItem(SiteConfig config, FaqItem item) =>
        new($"{item.Article.Slug}--{item.Entry.Anchor}", item.Question,
            AnswerLinks.Rebase(item.AnswerHtml, config.RootUrl(item.Article.Path)), config.RootUrl(item.Path), item.Article.Title);
}
