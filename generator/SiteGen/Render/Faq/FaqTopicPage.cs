using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>/faq/&lt;topic&gt;/: the questions of every article filed under the topic.</summary>
/// <param name="HubPath">The hub this page belongs under, and its title, for links and breadcrumbs.</param>
public sealed record FaqTopicPage(Topic Topic, IReadOnlyList<FaqItem> Items, string HubPath, string HubTitle, string Title)
{
    public string Path => FaqPages.TopicPath(Topic);
}
