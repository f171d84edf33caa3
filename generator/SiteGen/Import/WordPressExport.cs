using System.Xml.Linq;

namespace SiteGen.Import;

/// <summary>One post or page of a WordPress export (WXR), as its fields say.</summary>
public sealed record WordPressItem(
    int Id, string Type, string Title, string Slug, string Status, string Link, DateTimeOffset? Date, DateTimeOffset? Modified,
    string? Author, string Excerpt, string Content, IReadOnlyList<(string Kind, string Slug, string Name)> Terms);

/// <summary>
/// Reads a WordPress export file (Tools → Export, WXR: RSS with the wp:, content:, excerpt: and dc: namespaces): its
/// posts, pages and attachments, and the authors' display names. Pure: the XML in, the items out.
/// </summary>
public static class WordPressExport
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static (string SiteUrl, IReadOnlyList<WordPressItem> Items) Read(string xml)
    {
        var document = XDocument.Parse(xml);
        var channel = document.Root?.Element("channel") ?? throw new FormatException("not a WordPress export: no <rss><channel>");
        // WXR 1.0 and 1.1 use their own wp: namespace URIs; the names inside are the same.
        XNamespace wp = channel.Elements().FirstOrDefault(e => e.Name.LocalName == "wxr_version")?.Name.Namespace ?? Wp;
        var authors = channel.Elements(wp + "author").ToDictionary(
            a => (string?)a.Element(wp + "author_login") ?? "", a => (string?)a.Element(wp + "author_display_name") ?? "", StringComparer.Ordinal);
        var items = new List<WordPressItem>();
        foreach (var item in channel.Elements("item"))
        {
            string login = (string?)item.Element(Dc + "creator") ?? "";
            items.Add(new WordPressItem(
                int.TryParse((string?)item.Element(wp + "post_id"), out int id) ? id : 0,
                (string?)item.Element(wp + "post_type") ?? "post",
                ((string?)item.Element("title") ?? "").Trim(),
                (string?)item.Element(wp + "post_name") ?? "",
                (string?)item.Element(wp + "status") ?? "publish",
                ((string?)item.Element("link") ?? "").Trim(),
                Date((string?)item.Element(wp + "post_date_gmt")) ?? Date((string?)item.Element(wp + "post_date")),
                Date((string?)item.Element(wp + "post_modified_gmt")) ?? Date((string?)item.Element(wp + "post_modified")),
                authors.TryGetValue(login, out string? name) && name.Length > 0 ? name : login.Length > 0 ? login : null,
                (string?)item.Element(Excerpt + "encoded") ?? "",
                (string?)item.Element(Content + "encoded") ?? "",
                [.. item.Elements("category").Select(c => ((string?)c.Attribute("domain") ?? "", (string?)c.Attribute("nicename") ?? "", c.Value.Trim()))]));
        }
        return (((string?)channel.Element("link") ?? "").Trim(), items);
    }

    // "2023-04-18 09:30:00"; WordPress writes 0000-00-00 00:00:00 for a draft never scheduled.
    private static DateTimeOffset? Date(string? text) =>
        text is not null && !text.StartsWith("0000", StringComparison.Ordinal)
        && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
