using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.Feeds;

/// <summary>The site's Atom feeds: feed.xml for every article and topics/&lt;slug&gt;/feed.xml per topic; each other language has its own under its folder (es/feed.xml).</summary>
public static class AtomFeed
{
    /// <summary>Entries per feed: readers poll often, so a feed carries recent articles, not the archive.</summary>
    public const int DefaultEntryLimit = 20;

    public const string SiteFeedPath = "feed.xml";

    /// <summary>The feed of a language's every article: feed.xml, es/feed.xml.</summary>
    public static string SiteFeedPathOf(SiteConfig config) => config.LanguagePrefix + SiteFeedPath;

    public static string TopicFeedPath(Topic topic) => topic.Path + "feed.xml";

    /// <summary>The feeds of every language of the site.</summary>
    public static IReadOnlyList<OutputFile> Write(Site site, int entryLimit = DefaultEntryLimit) =>
        site.Languages.SelectMany(language => WriteLanguage(language, entryLimit)).ToList();

    private static List<OutputFile> WriteLanguage(Site site, int entryLimit)
    {
        var files = new List<OutputFile>(site.Topics.Count + 1)
        {
            OutputFile.FromText(SiteFeedPathOf(site.Config), AtomFeedWriter.Write(site.Config, ForSite(site), entryLimit)),
        };
        foreach (var topic in site.Topics)
            files.Add(OutputFile.FromText(TopicFeedPath(topic), AtomFeedWriter.Write(site.Config, ForTopic(site, topic), entryLimit)));
        return files;
    }

    public static FeedSource ForSite(Site site) =>
        new(site.Config.Title, NullIfEmpty(site.Config.Description), SiteFeedPathOf(site.Config), site.Config.LanguagePrefix, site.Articles);

    public static FeedSource ForTopic(Site site, Topic topic) =>
        new($"{topic.Name} — {site.Config.Title}", null, TopicFeedPath(topic), topic.Path, topic.Articles);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
