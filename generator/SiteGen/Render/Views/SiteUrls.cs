using SiteGen.Model;

namespace SiteGen.Render.Views;

/// <summary>Turns the URLs editors write (site-relative, root-relative or absolute) into the URLs pages link to.</summary>
internal static class SiteUrls
{
    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// External URLs stay as they are; a URL already under the base path is kept; anything else is
    /// taken as site-relative ("about/", "/about/") and gets the base path.
    /// </summary>
    public static string Resolve(SiteConfig config, string url)
    {
        if (IsExternal(url) || url.StartsWith('#')) return url;
        if (config.BasePath != "/" && url.StartsWith(config.BasePath, StringComparison.Ordinal)) return url;
        return config.RootUrl(url);
    }
}
