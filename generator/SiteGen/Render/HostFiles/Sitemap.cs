using System.Xml;
using SiteGen.Model;
using SiteGen.Render.Feeds;
using SiteGen.Write;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// sitemap.xml by the sitemaps.org protocol. Past the protocol's limit of URLs per file the URLs go to
/// sitemap-1.xml, sitemap-2.xml ... and sitemap.xml becomes the index that lists them, so the URL given
/// to search engines (and in robots.txt) never changes.
/// </summary>
public static class Sitemap
{
    public const int ProtocolUrlLimit = 50_000;
    public const string Path = "sitemap.xml";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<OutputFile> Write(Site site, int urlsPerFile = ProtocolUrlLimit) =>
        Write(site.Config, SitemapUrls.For(site).ToList(), urlsPerFile);

    public static IReadOnlyList<OutputFile> Write(SiteConfig config, IReadOnlyList<SitemapUrl> urls, int urlsPerFile = ProtocolUrlLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerFile, 1);
        if (urls.Count <= urlsPerFile) return [OutputFile.FromText(Path, UrlSet(config, urls))];

        var files = new List<OutputFile>();
        var parts = urls.Chunk(urlsPerFile).ToList();
        var index = new List<(string Path, DateTimeOffset? LastModified)>();
        for (int i = 0; i < parts.Count; i++)
        {
            var partPath = $"sitemap-{i + 1}.xml";
            files.Add(OutputFile.FromText(partPath, UrlSet(config, parts[i])));
            index.Add((partPath, parts[i].Max(u => u.LastModified)));
        }
        files.Insert(0, OutputFile.FromText(Path, Index(config, index)));
        return files;
    }

    private static string UrlSet(SiteConfig config, IEnumerable<SitemapUrl> urls) =>
        Document("urlset", xml =>
        {
            foreach (var url in urls) WriteEntry(xml, "url", config.AbsoluteUrl(url.Path), url.LastModified);
        });

    private static string Index(SiteConfig config, IEnumerable<(string Path, DateTimeOffset? LastModified)> parts) =>
        Document("sitemapindex", xml =>
        {
            foreach (var part in parts) WriteEntry(xml, "sitemap", config.AbsoluteUrl(part.Path), part.LastModified);
        });

    private static void WriteEntry(XmlWriter xml, string element, string absoluteUrl, DateTimeOffset? lastModified)
    {
        xml.WriteStartElement(element, Ns);
        // The protocol wants URLs escaped (RFC 3986); Uri does that for non-ASCII slugs and spaces.
        xml.WriteElementString("loc", Ns, new Uri(absoluteUrl).AbsoluteUri);
        if (lastModified is { } date) xml.WriteElementString("lastmod", Ns, Rfc3339.Format(date));
        xml.WriteEndElement();
    }

    private static string Document(string root, Action<XmlWriter> writeBody) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartElement(root, Ns);
            writeBody(xml);
            xml.WriteEndElement();
        });
}
