using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.Assets;

/// <summary>The theme's assets ready to write, and the URL of each by its path under assets/.</summary>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Urls)
{
    private static readonly HashSet<string> Fingerprinted = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js" };

    /// <summary>
    /// Stylesheets and scripts get a content hash in their names (they change with the theme and are
    /// cached for long); other files (favicon, images) keep their names because other sites and
    /// browsers ask for them by a fixed name.
    /// </summary>
    public static ThemeAssets From(IReadOnlyList<(string RelativePath, byte[] Bytes)> assets, SiteConfig config)
    {
        var files = new List<OutputFile>(assets.Count);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in assets)
        {
            string output = Fingerprinted.Contains(Path.GetExtension(path))
                ? ContentHash.FingerprintedName(path, ContentHash.Of(bytes))
                : path;
            files.Add(new OutputFile(output, bytes));
            urls[path] = config.RootUrl(output);
        }
        return new ThemeAssets(files, urls);
    }
}
