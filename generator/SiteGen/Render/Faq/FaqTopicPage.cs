using SiteGen.Model;
using SiteGen.Render.Pages;

namespace SiteGen.Render.Faq;

/// <summary>/faq/&lt;topic&gt;/: the questions of every article filed under the topic, or one page of them (faq/&lt;topic&gt;/page/2/).</summary>
/// <param name="HubPath">The hub this page belongs under, and its title, for links and breadcrumbs.</param>
/// <param name="Number">Which page of the topic's questions this is, from 1.</param>
/// <param name="Pages">How many pages the topic's questions fill.</param>
/// <param name="Questions">How many questions the topic has, on all its pages.</param>
public sealed record FaqTopicPage(Topic Topic, IReadOnlyList<FaqItem> Items, string HubPath, string HubTitle, string Title,
    int Number = 1, int Pages = 1, int Questions = 0)
{
    /// <summary>The topic's first page, where the hub and the sitemap point.</summary>
    public string FirstPath => FaqPages.TopicPath(Topic);

    public string Path => Paginator.PathOf(FirstPath, Number);

    /// <summary>The topic's questions in pages of <paramref name="perPage"/>.</summary>
    public IReadOnlyList<FaqTopicPage> Split(int perPage) =>
        Paginator.Split(Items, perPage, FirstPath)
            .Select(part => this with { Items = part.Items, Number = part.Number, Pages = part.Total, Questions = Items.Count })
            .ToList();
}
