namespace SiteGen.Render.Faq;

/// <summary>
/// An FAQ page as the faq layout sees it (<c>faq</c>): the hub has a group per topic, a topic page one
/// group whose <see cref="FaqGroupView.Name"/> is the topic's.
/// </summary>
/// <param name="TopicUrl">On a topic's FAQ page, the topic's article list; null on the hub.</param>
public sealed record FaqPageView(string Title, string HubUrl, string? TopicUrl, IReadOnlyList<FaqGroupView> Groups)
{
    public bool IsHub => TopicUrl is null;
}

/// <param name="Name">The topic's name, or null for questions of articles filed under no topic.</param>
/// <param name="Url">The topic's FAQ page, or null.</param>
/// <param name="Total">The questions of the topic's FAQ page: on the hub, more than <see cref="Items"/> when the hub shows only the first.</param>
public sealed record FaqGroupView(string? Name, string? Slug, string? Url, IReadOnlyList<FaqItemView> Items, int Total);

/// <summary>A question with its answer (<see cref="AnswerHtml"/> is HTML) and the article that answers it in full.</summary>
/// <param name="Id">Unique on the page, for links to one question.</param>
/// <param name="Url">The question on its article page: /blog/articles/x/#anchor.</param>
public sealed record FaqItemView(string Id, string Question, string AnswerHtml, string Url, string ArticleTitle);
