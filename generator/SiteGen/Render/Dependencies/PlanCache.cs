using SiteGen.Model;
using SiteGen.Render.Faq;
using SiteGen.Render.Pages;
using SiteGen.Render.StructuredData;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// The costly parts of planning the pages, kept from one build to the next while the site's settings
/// are the same: each article's structured data (serializing it for thousands of articles is most of
/// planning), valid while the article is the same object (its file and link targets unchanged) and its
/// first topic's name is the same; and the FAQ pages, which list every question of the site, valid
/// while every question and what the pages show of its article are the same.
/// </summary>
internal sealed class PlanCache(ulong settings)
{
    // Kept with the article object itself, for as long as it lives: unchanged articles are the same objects build after build.
    private static readonly KeptPerObject<Article, (ulong Settings, string? Topic, string? Image, string Translations), string> Articles = new();
    // Each language's FAQ pages, by its folder.
    private Dictionary<string, (ulong Key, IReadOnlyList<PageJob> Jobs)> _faq = new(StringComparer.Ordinal);

    public ulong Settings => settings;

    /// <summary>This build's cache: the last one's FAQ pages when the settings are unchanged.</summary>
    public static PlanCache For(SiteConfig config, PlanCache? previous)
    {
        ulong settings = new ValueFingerprints(ViewIndex.Empty).Of(config);
        return new PlanCache(settings) { _faq = previous?.Settings == settings ? new(previous._faq, StringComparer.Ordinal) : new(StringComparer.Ordinal) };
    }

    public string ForArticle(Site site, Article article) =>
        Articles.Get(article, (settings, SchemaOrg.FirstTopic(site, article)?.Name, article.Image is null ? null : site.SharedImage(article.Image),
                string.Join("\n", site.Translations.Of(article).Select(d => d.Path))),
            () => SchemaOrg.ForArticle(site, article));

    public IReadOnlyList<PageJob> FaqJobs(Site site, Languages.InterfaceText words)
    {
        ulong key = FaqInputs(site, words);
        string language = site.Config.LanguagePrefix;
        if (_faq.TryGetValue(language, out var kept) && kept.Key == key) return kept.Jobs;
        var jobs = FaqPageJobs.For(site, words);
        // Planning runs one language at a time.
        _faq[language] = (key, jobs);
        return jobs;
    }

    // Everything the FAQ pages are made from besides the settings: the topics, and for each article with
    // questions, in the site's order, what the pages show of it and every field of its questions.
    private static ulong FaqInputs(Site site, Languages.InterfaceText words)
    {
        var values = new ValueFingerprints(ViewIndex.Empty);
        var fingerprint = Fingerprint.Create();
        // The pages' titles and descriptions are the theme's words.
        foreach (string key in new[] { "faq_title", "faq_hub_description", "faq_topic_title", "faq_topic_description" }) fingerprint.Add(words.Get(key) ?? "");
        foreach (var topic in site.Topics)
        {
            fingerprint.Add(topic.Slug);
            fingerprint.Add(topic.Name);
        }
        foreach (var article in site.Articles)
        {
            if (article.Faq.Count == 0) continue;
            fingerprint.Add(article.Slug);
            fingerprint.Add(article.Path);
            fingerprint.Add(article.Title);
            foreach (string topic in article.Topics) fingerprint.Add(topic);
            fingerprint.Add((long)values.Of(article.Faq));
        }
        return fingerprint.Value;
    }
}
