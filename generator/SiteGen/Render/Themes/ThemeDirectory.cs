namespace SiteGen.Render.Themes;

/// <summary>One theme's folder on disk: themes/&lt;name&gt;/ with theme.yml, layouts/, partials/ and assets/.</summary>
public sealed record ThemeDirectory(string Name, string Root, string? Extends)
{
    /// <summary>The theme's files as <see cref="ThemeLocator"/> walked them (checked for links and special files), or null when not walked.</summary>
    public IReadOnlyList<Safety.WalkedFile>? Files { get; init; }

    public string ManifestPath => System.IO.Path.Combine(Root, ThemeManifest.FileName);

    public string LayoutPath(string layout) => System.IO.Path.Combine(Root, "layouts", layout + ".html");

    public string PartialPath(string partial) => System.IO.Path.Combine(Root, "partials", partial + ".html");

    /// <summary>The theme's interface words in one language: i18n/es.yml.</summary>
    public string TranslationPath(string language) => System.IO.Path.Combine(Root, "i18n", language + ".yml");

    public string AssetsRoot => System.IO.Path.Combine(Root, "assets");
}
