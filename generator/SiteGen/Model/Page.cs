namespace SiteGen.Model;

/// <summary>A standalone page of content/pages/ (about, contact, privacy), rendered at /slug/.</summary>
public sealed class Page : Document
{
    /// <summary>The layout the page asks for in front matter, or null for the default page layout.</summary>
    public string? Layout { get; init; }

    public override string Path => $"{LanguagePrefix}{Slug}/";
}
