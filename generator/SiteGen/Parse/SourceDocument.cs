namespace SiteGen.Parse;

/// <summary>A source whose front matter is read; its Markdown body waits until every document's URL is known.</summary>
/// <param name="SourcePath">Relative to the content folder, e.g. articles/trust.md.</param>
/// <param name="BodyFirstLine">The 1-based file line of the body's first line.</param>
public sealed record SourceDocument(string SourcePath, string DisplayPath, DocumentKind Kind, FrontMatter Front, string Body, int BodyFirstLine)
{
    // Both made once: a rebuild asks every document for them, several times.

    /// <summary>The folder of the document's language, as its pages are published under: "" for the default language, "es/" for content/es/.</summary>
    public string LanguagePrefix { get; } = Load.LanguageFolders.PrefixOf(SourcePath);

    /// <summary>Where the document is published, relative to the site root ("articles/x/", "about/", "es/articles/x/").</summary>
    public string SitePath { get; } = Kind == DocumentKind.Article
        ? $"{Load.LanguageFolders.PrefixOf(SourcePath)}articles/{Front.Slug}/"
        : $"{Load.LanguageFolders.PrefixOf(SourcePath)}{Front.Slug}/";

    /// <summary>What its translations share: front matter's <c>translation_key</c>, or its path under articles/ or pages/ without the language folder.</summary>
    public string TranslationKey { get; } = Front.TranslationKey ?? FileKey(SourcePath);

    // articles/trust.md and es/articles/trust.md are both "trust"; articles/family/roles.md is "family/roles".
    private static string FileKey(string sourcePath)
    {
        string path = sourcePath[Load.LanguageFolders.PrefixOf(sourcePath).Length..^System.IO.Path.GetExtension(sourcePath).Length];
        int slash = path.IndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
