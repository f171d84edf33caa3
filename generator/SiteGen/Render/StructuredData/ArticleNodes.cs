using System.Text.Json.Nodes;
using SiteGen.Model;
using SiteGen.Render.Feeds;

namespace SiteGen.Render.StructuredData;

/// <summary>An article's page and the post on it: a WebPage (MedicalWebPage once reviewed) and a BlogPosting.</summary>
public static class ArticleNodes
{
    /// <summary>
    /// The page itself. An article whose front matter names a reviewer or review date is a
    /// MedicalWebPage, the type that carries reviewedBy and lastReviewed.
    /// </summary>
    public static JsonObject WebPage(SiteConfig config, Article article)
    {
        string url = config.AbsoluteUrl(article.Path);
        bool reviewed = article.ReviewedBy is not null || article.ReviewedOn is not null;
        return JsonLd.Identified(reviewed ? "MedicalWebPage" : "WebPage", url,
            ("url", url),
            ("name", article.Title),
            ("inLanguage", config.Language),
            ("breadcrumb", JsonLd.Reference(url + "#breadcrumb")),
            ("reviewedBy", article.ReviewedBy is { } reviewer ? Person(reviewer) : null),
            ("lastReviewed", article.ReviewedOn is { } on ? Rfc3339.FormatDate(on) : null));
    }

    /// <param name="image">The site path of the article's shared picture (its cover), or null.</param>
    /// <param name="translations">Its translations' ids, or the id of the work it translates; null when it has none.</param>
    public static JsonObject BlogPosting(SiteConfig config, Article article, string? image = null, ArticleTranslations? translations = null)
    {
        string url = config.AbsoluteUrl(article.Path);
        return JsonLd.Identified("BlogPosting", url + "#article",
            ("headline", article.Title),
            ("description", JsonLd.Text(article.Description ?? article.Summary)),
            ("datePublished", Rfc3339.Format(article.Date)),
            ("dateModified", Rfc3339.Format(article.LastModified)),
            ("author", article.Author is { } author ? Person(author) : OrganizationNode.Build(config)),
            ("publisher", OrganizationNode.Build(config)),
            ("image", (image ?? article.Image) is { Length: > 0 } shown ? AbsoluteUrls.Of(config, shown) : null),
            ("inLanguage", config.Language),
            ("wordCount", article.WordCount > 0 ? JsonValue.Create(article.WordCount) : null),
            ("mainEntityOfPage", JsonLd.Reference(url)),
            ("translationOfWork", translations?.TranslationOf is { } original ? JsonLd.Reference(original) : null),
            ("workTranslation", translations is { Translations.Count: > 0 } ? new JsonArray(translations.Translations.Select(id => (JsonNode)JsonLd.Reference(id)).ToArray()) : null));
    }

    private static JsonObject Person(string name) => JsonLd.Node("Person", ("name", name));
}

/// <param name="TranslationOf">The id of the default language's version, on a translation.</param>
/// <param name="Translations">The ids of the translations, on the default language's version.</param>
public sealed record ArticleTranslations(string? TranslationOf, IReadOnlyList<string> Translations);
