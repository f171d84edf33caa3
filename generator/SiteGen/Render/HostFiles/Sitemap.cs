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
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <param name="alternates">Each page's versions in the site's languages by its absolute URL, as its hreflang links give them; none for a site in one language.</param>
    public static IReadOnlyList<OutputFile> Write(Site site, int urlsPerFile = ProtocolUrlLimit, IReadOnlyDictionary<string, IReadOnlyList<SitemapAlternate>>? alternates = null) =>
        Write(site.Config, SitemapUrls.For(site).ToList(), urlsPerFile, alternates);

    public static IReadOnlyList<OutputFile> Write(SiteConfig config, IReadOnlyList<SitemapUrl> urls, int urlsPerFile = ProtocolUrlLimit,
        IReadOnlyDictionary<string, IReadOnlyList<SitemapAlternate>>? alternates = null)
    {
        alternates ??= new Dictionary<string, IReadOnlyList<SitemapAlternate>>();
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerFile, 1);
        if (urls.Count <= urlsPerFile) return [OutputFile.FromText(Path, UrlSet(config, urls, alternates))];

        var files = new List<OutputFile>();
        var parts = urls.Chunk(urlsPerFile).ToList();
        var index = new List<(string Path, DateTimeOffset? LastModified)>();
        for (int i = 0; i < parts.Count; i++)
        {
            var partPath = $"sitemap-{i + 1}.xml";
            files.Add(OutputFile.FromText(partPath, UrlSet(config, parts[i], alternates)));
            index.Add((partPath, parts[i].Max(u => u.LastModified)));
        }
        files.Insert(0, OutputFile.FromText(Path, Index(config, index)));
        return files;
    }

    // Each version of a page lists every version, itself included, as search engines ask of hreflang in sitemaps.
    private static string UrlSet(SiteConfig config, IEnumerable<SitemapUrl> urls, IReadOnlyDictionary<string, IReadOnlyList<SitemapAlternate>> alternates) =>
        Document("urlset", xml =>
        {
            if (alternates.Count > 0) xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var url in urls)
            {
                string absolute = config.AbsoluteUrl(url.Path);
                WriteEntry(xml, "url", absolute, url.LastModified, alternates.GetValueOrDefault(absolute));
            }
        });

    private static string Index(SiteConfig config, IEnumerable<(string Path, DateTimeOffset? LastModified)> parts) =>
        Document("sitemapindex", xml =>
        {
            foreach (var part in parts) WriteEntry(xml, "sitemap", config.AbsoluteUrl(part.Path), part.LastModified);
        });

    private static void WriteEntry(XmlWriter xml, string element, string absoluteUrl, DateTimeOffset? lastModified, IReadOnlyList<SitemapAlternate>? alternates = null)
    {
        xml.WriteStartElement(element, Ns);
        // The protocol wants URLs escaped (RFC 3986); Uri does that for non-ASCII slugs and spaces.
        xml.WriteElementString("loc", Ns, new Uri(absoluteUrl).AbsoluteUri);
        if (lastModified is { } date) xml.WriteElementString("lastmod", Ns, Rfc3339.Format(date));
        foreach (var alternate in alternates ?? [])
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNs);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", alternate.Hreflang);
            xml.WriteAttributeString("href", new Uri(alternate.AbsoluteUrl).AbsoluteUri);
            xml.WriteEndElement();
        }
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
