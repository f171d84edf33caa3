using System.Collections.Concurrent;
using SiteGen.Model;
using SiteGen.Render.StructuredData;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// Articles' structured data kept from one build to the next: serializing it for thousands of articles
/// is most of planning the pages. An entry holds while the article is the same object (its file and
/// link targets unchanged), its first topic's name is the same, and the site's settings are.
/// </summary>
internal sealed class JsonLdCache(ulong settings)
{
    private readonly ConcurrentDictionary<Article, (string? Topic, string Json)> _articles = new(ReferenceEqualityComparer.Instance);

    public ulong Settings => settings;

    /// <summary>This build's cache: the last one's entries when the settings are unchanged, else empty.</summary>
    public static JsonLdCache For(SiteConfig config, JsonLdCache? previous)
    {
        ulong settings = new ValueFingerprints(ViewIndex.Empty).Of(config);
        var cache = new JsonLdCache(settings);
        if (previous?.Settings == settings) foreach (var (article, entry) in previous._articles) cache._articles[article] = entry;
        return cache;
    }

    public string ForArticle(Site site, Article article)
    {
        string? topic = SchemaOrg.FirstTopic(site, article)?.Name;
        if (_articles.TryGetValue(article, out var entry) && entry.Topic == topic) return entry.Json;
        string json = SchemaOrg.ForArticle(site, article);
        _articles[article] = (topic, json);
        return json;
    }

    /// <summary>Keeps only the articles of this build, so deleted ones are not held.</summary>
    public JsonLdCache Trimmed(IReadOnlyList<Article> articles)
    {
        var keep = articles.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var article in _articles.Keys.Where(a => !keep.Contains(a))) _articles.TryRemove(article, out _);
        return this;
    }
}
