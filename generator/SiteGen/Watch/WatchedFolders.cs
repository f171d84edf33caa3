using SiteGen.Build;
using SiteGen.Render.Themes;

namespace SiteGen.Watch;

/// <summary>The folders whose changes change a site: its content folder and every folder themes are looked up in.</summary>
public static class WatchedFolders
{
    /// <remarks>
    /// Whole theme roots are watched, not only the theme in use: the theme it extends lives there too,
    /// and an edit to site.yml may switch to another theme of the same root.
    /// </remarks>
    public static IReadOnlyList<string> For(BuildOptions options) =>
        (options.ThemeRoots ?? ThemeLocator.DefaultRoots(options.SourceFolder))
            .Prepend(options.SourceFolder)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
