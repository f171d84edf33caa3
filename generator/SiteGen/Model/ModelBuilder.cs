namespace SiteGen.Model;

/// <summary>Assembles the <see cref="Site"/> from parsed documents: orderings, topics, related articles.</summary>
public static class ModelBuilder
{
    public const int RelatedCount = 5;

    /// <param name="covers">Each article image's 1200 × 630 picture for shared links, by the image's site path.</param>
    /// <returns>The default language's site, which lists every language's in <see cref="Site.Languages"/>.</returns>
    public static Site Build(SiteConfig config, IEnumerable<Article> articles, IEnumerable<Page> pages, IReadOnlyList<StaticFile> contentFiles,
        IReadOnlyList<RetiredArticle>? retired = null, IReadOnlyDictionary<string, string>? covers = null)
    {
        var articlesOf = articles.ToLookup(a => a.LanguagePrefix, StringComparer.Ordinal);
        var pagesOf = pages.ToLookup(p => p.LanguagePrefix, StringComparer.Ordinal);
        var languages = new List<Site>();
        var editions = config.AllLanguages.Select(language => Edition(language, articlesOf[language.LanguagePrefix], pagesOf[language.LanguagePrefix], contentFiles, covers)).ToList();
        if (editions.Count == 1) return editions[0](null, Translations.None, retired);
        var made = editions.Select(e => e(languages, Translations.None, null)).ToList();
        var translations = new Translations(made.SelectMany(s => s.Articles.Cast<Document>().Concat(s.Pages)), made.SelectMany(s => s.Topics));
        // Each language's site is made again with the list of them all and what translates what: a site is immutable once made.
        languages.AddRange(editions.Select((e, i) => e(languages, translations, i == 0 ? retired : null)));
        return languages[0];
    }

    // One language's site, made once its siblings are known.
    private static Func<IReadOnlyList<Site>?, Translations, IReadOnlyList<RetiredArticle>?, Site> Edition(SiteConfig config, IEnumerable<Article> articles,
        IEnumerable<Page> pages, IReadOnlyList<StaticFile> contentFiles, IReadOnlyDictionary<string, string>? covers)
    {
        var ordered = articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
        var related = new RelatedArticles(ordered, RelatedCount);
        var sortedPages = pages.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var topics = BuildTopics(config, ordered);
        return (languages, translations, retired) => new Site
        {
            Config = config,
            Languages = languages!,
            Translations = translations,
            Articles = ordered,
            Pages = sortedPages,
            Topics = topics,
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
            .Select(p => new Topic(p.Key, TopicName(config, config.TopicKey(p.Key)), p.Value) { Key = config.TopicKey(p.Key), LanguagePrefix = config.LanguagePrefix })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static string TopicName(SiteConfig config, string slug) =>
        config.TopicNames.TryGetValue(slug, out string? name) ? name : Parse.Slugs.TitleCase(slug);
}
