using SiteGen.Model;

namespace SiteGen.Load;

/// <summary>Everything found in the content folder, read but not yet parsed. Lists are sorted by path.</summary>
/// <param name="SiteConfig">content/site.yml, or null when it is missing or unreadable (an error says why).</param>
public sealed record LoadedContent(
    string ContentFolder,
    SourceFile? SiteConfig,
    IReadOnlyList<SourceFile> Articles,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<StaticFile> Files);
