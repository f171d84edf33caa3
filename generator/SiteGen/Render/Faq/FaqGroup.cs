using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>The questions of one topic on the FAQ hub; <see cref="Topic"/> is null for articles filed under no topic.</summary>
public sealed record FaqGroup(Topic? Topic, IReadOnlyList<FaqItem> Items)
{
    /// <summary>The topic's own FAQ page, or null for the group of articles without a topic.</summary>
    public string? Path => Topic is null ? null : FaqPages.TopicPath(Topic);
}
