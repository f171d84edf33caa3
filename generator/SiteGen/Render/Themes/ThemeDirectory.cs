namespace SiteGen.Render.Themes;

/// <summary>One theme's folder on disk: themes/&lt;name&gt;/ with theme.yml, layouts/, partials/ and assets/.</summary>
public sealed record ThemeDirectory(string Name, string Root, string? Extends)
{
    public string ManifestPath => System.IO.Path.Combine(Root, ThemeManifest.FileName);

    public string LayoutPath(string layout) => System.IO.Path.Combine(Root, "layouts", layout + ".html");

    public string PartialPath(string partial) => System.IO.Path.Combine(Root, "partials", partial + ".html");

    public string AssetsRoot => System.IO.Path.Combine(Root, "assets");
}
