using SiteGen.Model;

namespace SiteGen.Build;

/// <summary>The documents of a build after the Markdown pass, and the configuration with its disclaimer rendered.</summary>
public sealed record ParsedContent(SiteConfig Config, IReadOnlyList<Article> Articles, IReadOnlyList<Page> Pages)
{
    /// <summary>Articles taken down because they expired, with where their address now leads.</summary>
    public IReadOnlyList<RetiredArticle> Retired { get; init; } = [];
}
