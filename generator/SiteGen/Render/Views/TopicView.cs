namespace SiteGen.Render.Views;

/// <summary>A topic as templates see it: in <c>site.topics</c>, an article's <c>topics</c>, and <c>topic</c> on topic pages.</summary>
public sealed class TopicView
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required int Count { get; init; }

    /// <summary>The topic's articles, newest first; set once every article view exists.</summary>
    public IReadOnlyList<ArticleView> Articles { get; internal set; } = [];
}
