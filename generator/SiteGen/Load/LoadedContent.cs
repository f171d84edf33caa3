using SiteGen.Model;

namespace SiteGen.Load;

/// <summary>Everything found in the content folder. Lists are sorted by path.</summary>
/// <param name="SiteConfig">content/site.yml, read, or null when it is missing or unreadable (an error says why).</param>
public sealed record LoadedContent(
    string ContentFolder,
    SourceFile? SiteConfig,
    IReadOnlyList<ContentSource> Articles,
    IReadOnlyList<ContentSource> Pages,
    IReadOnlyList<StaticFile> Files);
