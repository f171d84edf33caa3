using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// robots.txt: everything may be crawled, and the sitemap is named by absolute URL as the protocol
/// requires. Crawlers read it only at the root of a host, so a site under a sub-path relies on
/// the host's own robots.txt (see docs/seo-and-feeds.md).
/// </summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static OutputFile Write(SiteConfig config) =>
        OutputFile.FromText(Path, $"User-agent: *\nDisallow:\n\nSitemap: {config.AbsoluteUrl(Sitemap.Path)}\n");
}
