using SiteGen.Diagnostics;
using SiteGen.Safety;

namespace SiteGen.Render.Themes;

/// <summary>
/// A resolved theme: the site's theme first, then the theme it extends, and so on. A file in an
/// earlier theme overrides the same-named file of a later one.
/// </summary>
public sealed class Theme
{
    public Theme(IReadOnlyList<ThemeDirectory> chain)
    {
        if (chain.Count == 0) throw new ArgumentException("A theme needs at least one folder.", nameof(chain));
        Chain = chain;
    }

    /// <summary>The site's theme, then its parent, then the parent's parent...</summary>
    public IReadOnlyList<ThemeDirectory> Chain { get; }

    public string Name => Chain[0].Name;

    /// <summary>
    /// Finds a layout by trying each name in turn (most specific first) and, for each name, the
    /// site's theme before the themes it extends. So a "home" layout of the parent theme wins over a
    /// "list" layout of the child: a more specific layout is never hidden by a generic one.
    /// </summary>
    public LayoutLookup FindLayout(params string[] namesMostSpecificFirst)
    {
        var candidates = new List<string>();
        foreach (string name in namesMostSpecificFirst)
            foreach (var theme in Chain)
            {
                string path = theme.LayoutPath(name);
                candidates.Add(path);
                if (File.Exists(path)) return new LayoutLookup(path, candidates);
            }
        return new LayoutLookup(null, candidates);
    }

    /// <summary>Finds partials/&lt;name&gt;.html in the site's theme, then in the themes it extends.</summary>
    public LayoutLookup FindPartial(string name)
    {
        var candidates = new List<string>();
        foreach (var theme in Chain)
        {
            string path = theme.PartialPath(name);
            candidates.Add(path);
            if (File.Exists(path)) return new LayoutLookup(path, candidates);
        }
        return new LayoutLookup(null, candidates);
    }

    /// <summary>
    /// Every file under the chain's assets/ folders by its path relative to assets/ ('/' separators),
    /// the site's theme winning over the themes it extends. Sorted for deterministic output.
    /// </summary>
    public IReadOnlyList<(string RelativePath, string FullPath)> Assets() => _assets ??= FindAssets();

    // Asked by the parse stage (names pages may not take) and the render stage: listed once.
    private IReadOnlyList<(string RelativePath, string FullPath)>? _assets;

    private List<(string RelativePath, string FullPath)> FindAssets()
    {
        const string folder = "assets/";
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in Chain.Reverse())
        {
            // The walk of a located theme is reused; a theme made by hand (tests) is walked here, its problems already someone else's.
            var files = theme.Files ?? (Directory.Exists(theme.AssetsRoot)
                ? FolderWalk.Files(theme.AssetsRoot, $"theme '{theme.Name}'", new ErrorList()).Select(f => f with { RelativePath = folder + f.RelativePath }).ToList()
                : []);
            foreach (var file in files.Where(f => f.RelativePath.StartsWith(folder, StringComparison.Ordinal)))
                found[file.RelativePath[folder.Length..]] = file.FullPath;
        }
        return found.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
    }
}
