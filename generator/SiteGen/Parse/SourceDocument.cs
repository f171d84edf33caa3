using SiteGen.Load;

namespace SiteGen.Parse;

/// <summary>A source whose front matter is read; its Markdown body waits until every document's URL is known.</summary>
public sealed record SourceDocument(SourceFile File, DocumentKind Kind, FrontMatter Front, FrontMatterSplit Split)
{
    /// <summary>Where the document is published, relative to the site root ("articles/x/" or "about/").</summary>
    public string SitePath => Kind == DocumentKind.Article ? $"articles/{Front.Slug}/" : $"{Front.Slug}/";
}
