using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Cli.Serve;

/// <summary>The Content-Type a static host would send for a file of the site, with UTF-8 named for text.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = WithSiteTypes();

    public static string For(string path)
    {
        if (!Known.TryGetContentType(path, out string? type)) return "application/octet-stream";
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/json" or "application/manifest+json" or "application/xml" or "application/atom+xml" or "application/rss+xml" or "image/svg+xml";

    private static FileExtensionContentTypeProvider WithSiteTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".atom"] = "application/atom+xml";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".txt"] = "text/plain";
        return provider;
    }
}
