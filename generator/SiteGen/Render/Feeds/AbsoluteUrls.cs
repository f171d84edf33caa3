using SiteGen.Model;

namespace SiteGen.Render.Feeds;

/// <summary>Absolute URLs for things that leave the site (feeds, sitemaps, structured data, social cards).</summary>
public static class AbsoluteUrls
{
    /// <summary>
    /// An absolute URL for a value editors may write three ways: already absolute ("https://cdn..."),
    /// root-relative with the base path ("/blog/images/a.png"), or site-relative ("images/a.png").
    /// </summary>
    public static string Of(SiteConfig config, string urlOrPath)
    {
        if (Uri.TryCreate(urlOrPath, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return urlOrPath;
        if (urlOrPath.StartsWith(config.BasePath, StringComparison.Ordinal) && urlOrPath.StartsWith('/'))
            return Origin(config) + urlOrPath;
        return config.AbsoluteUrl(urlOrPath);
    }

    /// <summary>Scheme, host and port of the base URL, without a trailing '/': https://example.org.</summary>
    public static string Origin(SiteConfig config) => new Uri(config.BaseUrl).GetLeftPart(UriPartial.Authority);
}
