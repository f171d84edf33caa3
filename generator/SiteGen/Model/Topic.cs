namespace SiteGen.Model;

/// <summary>A term of the site's taxonomy and the articles filed under it, newest first.</summary>
/// <param name="Slug">The topic in its pages' URLs, which a language may translate ("confianza").</param>
public sealed record Topic(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    /// <summary>The topic as site.yml's <c>topics:</c> names it in every language ("trust"): what links its translations.</summary>
    public string Key { get; init; } = Slug;

    /// <summary>The folder of the topic's language: "" or "es/".</summary>
    public string LanguagePrefix { get; init; } = "";

    public string Path => $"{LanguagePrefix}topics/{Slug}/";
}
