using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>The questions of one topic on the FAQ hub; <see cref="Topic"/> is null for articles filed under no topic.</summary>
/// <param name="Items">The questions the hub shows: the first <see cref="FaqPages.HubQuestionsPerGroup"/>.</param>
/// <param name="Total">How many questions the topic's own FAQ page lists (or, for articles under no topic, how many they have).</param>
public sealed record FaqGroup(Topic? Topic, IReadOnlyList<FaqItem> Items, int Total)
{
    /// <summary>The topic's own FAQ page, or null for the group of articles without a topic.</summary>
    public string? Path => Topic is null ? null : FaqPages.TopicPath(Topic);
}
