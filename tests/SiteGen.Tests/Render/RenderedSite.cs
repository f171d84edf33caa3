using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Render;
using SiteGen.Render.Themes;

namespace SiteGen.Tests.Render;

/// <summary>A site rendered in memory with a theme of the repository (and optional theme folders of a test), ready to query.</summary>
internal sealed class RenderedSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, byte[]> _files;

    private RenderedSite(Dictionary<string, byte[]> files, ErrorList errors)
    {
        _files = files;
        Errors = errors.Sorted();
    }

    public IReadOnlyList<ContentError> Errors { get; }

    public IEnumerable<string> Paths => _files.Keys;

    public bool Has(string path) => _files.ContainsKey(path);

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(_files[path]);

    public IDocument Html(string path) => Parser.ParseDocument(Text(path));

    /// <param name="themeRoots">Folders searched for themes before the repository's own themes/.</param>
    public static RenderedSite Of(Site site, string themeName = "default", params string[] themeRoots)
    {
        var errors = new ErrorList();
        var theme = ThemeLocator.Locate(themeName, [.. themeRoots, RepositoryThemes], errors)
            ?? throw new InvalidOperationException(string.Join("\n", errors.Sorted()));
        var files = SiteRenderer.Render(site, theme, errors).ToDictionary(f => f.Path, f => f.Content.ToArray());
        return new RenderedSite(files, errors);
    }

    /// <summary>The repository's themes/ folder, found from this file's place in the source tree (builds may run from elsewhere).</summary>
    public static string RepositoryThemes { get; } = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "themes"));

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
