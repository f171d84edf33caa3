namespace SiteGen.Model;

/// <summary>A term of the site's taxonomy and the articles filed under it, newest first.</summary>
public sealed record Topic(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    public string Path => $"topics/{Slug}/";
}
