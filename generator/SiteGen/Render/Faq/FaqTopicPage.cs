using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>/faq/&lt;topic&gt;/: the questions of every article filed under the topic.</summary>
public sealed record FaqTopicPage(Topic Topic, IReadOnlyList<FaqItem> Items)
{
    public string Path => FaqPages.TopicPath(Topic);

    public string Title => $"{Topic.Name}: frequently asked questions";
}
