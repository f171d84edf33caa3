using SiteGen.Model;
using SiteGen.Render.Views;

namespace SiteGen.Render.Pages;

/// <summary>
/// Gives each page the list of its versions in the site's languages (<see cref="PageInfoView.Translations"/>): pages that are
/// the same thing in each language (<see cref="PageJob.TranslationOf"/>) list each other, so every hreflang link is answered
/// by one back, and only pages that exist are listed.
/// </summary>
internal static class PageTranslations
{
    public static List<PageJob> Link(IReadOnlyList<PageJob> jobs, Site site)
    {
        var groups = jobs.Where(j => j.TranslationOf is not null).GroupBy(j => j.TranslationOf!, StringComparer.Ordinal)
            .Where(g => g.Select(j => j.Info.Language).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToDictionary(g => g.Key, g => Versions(g.Select(j => (j.Info.Language, j.Info.Url, j.Info.CanonicalUrl)), site), StringComparer.Ordinal);
        return jobs.Select(j => j.TranslationOf is { } key && groups.TryGetValue(key, out var versions) ? WithVersions(j, versions, site) : j).ToList();
    }

    /// <summary>What <see cref="PageJob.TranslationOf"/> starts with on an article's page and on a page's: the translation key follows.</summary>
    public const string ArticleKey = "article:", PageKey = "page:";

    /// <summary>As <see cref="Link"/> for the pages of some documents alone: their versions are their translations, every one of which is published.</summary>
    public static List<PageJob> LinkDocuments(IReadOnlyList<PageJob> jobs, Site site) => jobs.Select(job =>
    {
        var translations = job.TranslationOf switch
        {
            { } key when key.StartsWith(ArticleKey, StringComparison.Ordinal) => site.Translations.Of<Article>(key[ArticleKey.Length..]),
            { } key when key.StartsWith(PageKey, StringComparison.Ordinal) => site.Translations.Of<Page>(key[PageKey.Length..]),
            _ => [],
        };
        if (translations.Count < 2) return job;
        return WithVersions(job, Versions(translations.Select(d =>
        {
            var config = site.Config.InLanguageOf(d.LanguagePrefix);
            return (config.Language, config.RootUrl(d.Path), config.AbsoluteUrl(d.Path));
        }), site), site);
    }).ToList();

    private static List<(string Language, string Url, string AbsoluteUrl)> Versions(IEnumerable<(string Language, string Url, string AbsoluteUrl)> versions, Site site)
    {
        var order = site.Languages.Select(l => l.Config.Language).ToList();
        // One version per language: two pages of one language sharing a key are an error reported where the key is written.
        return versions.DistinctBy(v => v.Language).OrderBy(v => order.IndexOf(v.Language)).ToList();
    }

    private static PageJob WithVersions(PageJob job, List<(string Language, string Url, string AbsoluteUrl)> versions, Site site)
    {
        var names = site.Languages.ToDictionary(l => l.Config.Language, l => l.Config.LanguageName, StringComparer.Ordinal);
        string defaultLanguage = site.Config.Language;
        return job with
        {
            Info = job.Info with
            {
                Translations = versions.Select(v => new TranslationView(v.Language, names.GetValueOrDefault(v.Language, v.Language), v.Url, v.AbsoluteUrl,
                    Current: v.Url == job.Info.Url, IsDefault: v.Language == defaultLanguage)).ToList(),
            },
        };
    }
}
