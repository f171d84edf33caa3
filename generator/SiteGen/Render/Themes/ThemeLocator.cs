using SiteGen.Diagnostics;
using SiteGen.Safety;

namespace SiteGen.Render.Themes;

/// <summary>
/// Finds a theme by name and follows its <c>extends</c> chain. Each name is looked up in the search
/// roots in order: the site's own themes/ folder first, then the themes that ship with SiteGen.
/// </summary>
public static class ThemeLocator
{
    /// <summary>The usual search roots: themes/ beside the content folder, then themes/ beside SiteGen itself.</summary>
    public static IReadOnlyList<string> DefaultRoots(string contentFolder)
    {
        string siteRoot = Path.GetDirectoryName(Path.GetFullPath(contentFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return [Path.Combine(siteRoot, "themes"), Path.Combine(AppContext.BaseDirectory, "themes")];
    }

    /// <summary>
    /// Resolves <paramref name="name"/> and the themes it extends. Problems (theme not found, bad
    /// theme.yml, a cycle in extends) are reported against <paramref name="requestedBy"/> or the theme.yml
    /// at fault, and the result is null.
    /// </summary>
    /// <param name="requestedAt">The line and column of the request in <paramref name="requestedBy"/> (site.yml's <c>theme:</c>).</param>
    /// <param name="contentFolder">The content folder, where a theme put by mistake is found and named in the error.</param>
    public static Theme? Locate(string name, IReadOnlyList<string> searchRoots, ErrorList errors, string requestedBy = "site.yml",
        (int Line, int Column) requestedAt = default, string? contentFolder = null)
    {
        var chain = new List<ThemeDirectory>();
        string? wanted = name;
        string askedBy = requestedBy;
        while (wanted is not null)
        {
            if (chain.Any(t => t.Name == wanted))
            {
                string cycle = string.Join(" -> ", chain.Select(t => t.Name).Append(wanted));
                errors.Add(SourcePath.Display(askedBy), 1, 1, $"themes extend each other in a cycle: {cycle}");
                return null;
            }

            var at = chain.Count == 0 && requestedAt.Line > 0 ? requestedAt : (1, 1);
            var theme = FindOne(wanted, searchRoots, askedBy, at, chain.Count == 0 ? contentFolder : null, errors);
            if (theme is null) return null;
            chain.Add(theme);
            askedBy = theme.ManifestPath;
            wanted = theme.Extends;
        }
        return new Theme(chain);
    }

    // The first root that has themes/<name>/theme.yml wins: a site can shadow a shipped theme.
    private static ThemeDirectory? FindOne(string name, IReadOnlyList<string> searchRoots, string askedBy, (int Line, int Column) at,
        string? contentFolder, ErrorList errors)
    {
        var tried = searchRoots.Select(root => Path.Combine(root, name)).ToList();
        string? folder = tried.FirstOrDefault(dir => File.Exists(Path.Combine(dir, ThemeManifest.FileName)));
        if (folder is null)
        {
            // Everything under the content folder is published: a theme put there is found, and named, but never used.
            string? misplaced = contentFolder is null ? null : Path.Combine(contentFolder, "themes", name);
            string message = misplaced is not null && File.Exists(Path.Combine(misplaced, ThemeManifest.FileName)) && searchRoots.Count > 0
                ? $"theme '{name}' is inside the content folder ({SourcePath.Display(misplaced)}), where its files would be published as content; "
                    + $"themes go in the themes folder beside the content folder: move it to {SourcePath.Display(Path.Combine(searchRoots[0], name))}"
                : $"theme '{name}' not found; tried: {string.Join(", ", tried.Select(dir => SourcePath.Display(Path.Combine(dir, ThemeManifest.FileName))))}";
            errors.Add(SourcePath.Display(askedBy), at.Line, at.Column, message);
            return null;
        }

        // The walk finds links out of the theme and special files before any of its files is read.
        int before = errors.Count;
        var files = FolderWalk.Files(folder, $"theme '{name}'", errors);
        if (errors.Count > before) return null;

        string manifestPath = Path.Combine(folder, ThemeManifest.FileName);
        var manifest = ThemeManifest.Read(SourcePath.Display(manifestPath), File.ReadAllText(manifestPath), errors);
        if (manifest is null) return null;
        // The folder name is what sites and extends refer to; theme.yml's name is for people.
        return new ThemeDirectory(name, folder, manifest.Extends) { Files = files };
    }
}
