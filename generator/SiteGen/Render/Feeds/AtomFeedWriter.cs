using System.Xml;
using SiteGen.Model;
using SiteGen.Render.Dependencies;

namespace SiteGen.Render.Feeds;

/// <summary>Writes one Atom 1.0 document (RFC 4287) from a <see cref="FeedSource"/>.</summary>
public static class AtomFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    // The Unix epoch stands in for "updated" when a feed has no entry: RFC 4287 requires the
    // element, and the build time would make every build differ.
    private static readonly DateTimeOffset EmptyFeedUpdated = DateTimeOffset.UnixEpoch;

    public static string Write(SiteConfig config, FeedSource feed, int entryLimit)
    {
        var entries = feed.Articles.Take(entryLimit).ToList();
        var updated = entries.Count == 0 ? EmptyFeedUpdated : entries.Max(a => a.LastModified);
        var origin = AbsoluteUrls.Origin(config);
        var author = config.Organization?.Name ?? config.Title;

        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            WriteText(xml, "title", feed.Title);
            if (feed.Subtitle is not null) WriteText(xml, "subtitle", feed.Subtitle);
            WriteLink(xml, "self", "application/atom+xml", config.AbsoluteUrl(feed.FeedPath));
            WriteLink(xml, "alternate", "text/html", config.AbsoluteUrl(feed.PagePath));
            WriteText(xml, "id", config.AbsoluteUrl(feed.FeedPath));
            WriteText(xml, "updated", Rfc3339.Format(updated));
            WriteAuthor(xml, author, config.BaseUrl);
            WriteText(xml, "generator", "SiteGen");
            foreach (var article in entries) WriteEntry(xml, config, origin, article);
            xml.WriteEndElement();
        });
    }

    private static void WriteEntry(XmlWriter xml, SiteConfig config, string origin, Article article)
    {
        var url = config.AbsoluteUrl(article.Path);
        xml.WriteStartElement("entry", AtomNs);
        WriteText(xml, "title", article.Title);
        WriteLink(xml, "alternate", "text/html", url);
        WriteText(xml, "id", url);
        WriteText(xml, "published", Rfc3339.Format(article.Date));
        WriteText(xml, "updated", Rfc3339.Format(article.LastModified));
        if (article.Author is not null) WriteAuthor(xml, article.Author, null);
        foreach (var topic in article.Topics)
        {
            xml.WriteStartElement("category", AtomNs);
            xml.WriteAttributeString("term", topic);
            xml.WriteEndElement();
        }
        if (article.Summary.Length > 0) WriteText(xml, "summary", article.Summary);
        xml.WriteStartElement("content", AtomNs);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(Content(article, origin, url));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // An article is in the site's feed and its topics' feeds, and in every rebuild of a preview: its
    // content, with links made absolute, is made once per article object and site address.
    private static readonly KeptPerObject<Article, (string, string), string> Contents = new();

    private static string Content(Article article, string origin, string url) =>
        Contents.Get(article, (origin, url), () => XmlText.Clean(AbsoluteLinks.Rewrite(article.BodyHtml.ToString(), origin, url)));

    private static void WriteAuthor(XmlWriter xml, string name, string? uri)
    {
        xml.WriteStartElement("author", AtomNs);
        WriteText(xml, "name", name);
        if (uri is not null) WriteText(xml, "uri", uri);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string name, string text) =>
        xml.WriteElementString(name, AtomNs, XmlText.Clean(text));
}
