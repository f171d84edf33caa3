namespace SiteGen.Parse;

/// <summary>A source whose front matter is read; its Markdown body waits until every document's URL is known.</summary>
/// <param name="SourcePath">Relative to the content folder, e.g. articles/trust.md.</param>
/// <param name="BodyFirstLine">The 1-based file line of the body's first line.</param>
public sealed record SourceDocument(string SourcePath, string DisplayPath, DocumentKind Kind, FrontMatter Front, string Body, int BodyFirstLine)
{
    /// <summary>Where the document is published, relative to the site root ("articles/x/" or "about/").</summary>
    public string SitePath => Kind == DocumentKind.Article ? $"articles/{Front.Slug}/" : $"{Front.Slug}/";
}
