using SiteGen.Model;

namespace SiteGen.Render.Feeds;

/// <summary>What one Atom feed is made of.</summary>
/// <param name="FeedPath">Site-relative path of the feed file, e.g. topics/relapse/feed.xml.</param>
/// <param name="PagePath">Site-relative path of the HTML page the feed mirrors (its alternate link).</param>
/// <param name="Articles">The articles, newest first.</param>
public sealed record FeedSource(string Title, string? Subtitle, string FeedPath, string PagePath, IReadOnlyList<Article> Articles);
