namespace SiteGen.Model;

/// <summary>What articles and pages share: a source file rendered from Markdown.</summary>
public abstract class Document
{
    /// <summary>The source file relative to the content folder, with '/' separators, e.g. articles/trust.md.</summary>
    public required string SourcePath { get; init; }

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The body rendered to HTML (links and images already resolved to site URLs), kept compact until a page shows it.</summary>
    public required CompactText BodyHtml { get; init; }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>Front matter keys SiteGen does not know, untouched, for themes.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>Old site-relative URLs that redirect here.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>The folder of the document's language: "" for the site's default language, "es/" for a document of content/es/.</summary>
    public string LanguagePrefix { get; init; } = "";

    /// <summary>What this document shares with its translations in the site's other languages (see <see cref="Parse.SourceDocument.TranslationKey"/>).</summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>The page's site-relative path, e.g. articles/trust/ (no leading '/', ends in '/').</summary>
    public abstract string Path { get; }
}
