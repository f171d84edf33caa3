namespace SiteGen.Model;

/// <summary>Assembles the <see cref="Site"/> from parsed documents: orderings, topics, related articles.</summary>
public static class ModelBuilder
{
    public const int RelatedCount = 5;

    /// <param name="covers">Each article image's 1200 × 630 picture for shared links, by the image's site path.</param>
    public static Site Build(SiteConfig config, IEnumerable<Article> articles, IEnumerable<Page> pages, IReadOnlyList<StaticFile> contentFiles,
        IReadOnlyList<RetiredArticle>? retired = null, IReadOnlyDictionary<string, string>? covers = null)
    {
        var ordered = articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var related = new RelatedArticles(ordered, RelatedCount);
        return new Site
        {
            Config = config,
            Articles = ordered,
            Pages = pages.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            Topics = BuildTopics(config, ordered),
            ContentFiles = contentFiles,
            Retired = retired ?? [],
            Covers = covers ?? new Dictionary<string, string>(),
            Related = related.Of,
        };
    }

    /// <summary>Every topic some article names; each topic's articles keep the site's newest-first order.</summary>
    public static IReadOnlyList<Topic> BuildTopics(SiteConfig config, IReadOnlyList<Article> newestFirst)
    {
        var bySlug = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in newestFirst)
            foreach (string topic in article.Topics)
            {
                if (!bySlug.TryGetValue(topic, out var list)) bySlug[topic] = list = [];
                list.Add(article);
            }
        return bySlug
            .Select(p => new Topic(p.Key, TopicName(config, p.Key), p.Value))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static string TopicName(SiteConfig config, string slug) =>
        config.TopicNames.TryGetValue(slug, out string? name) ? name : Parse.Slugs.TitleCase(slug);
}
