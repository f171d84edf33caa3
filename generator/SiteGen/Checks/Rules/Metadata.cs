namespace SiteGen.Checks.Rules;

/// <summary>
/// What search results and shared links show: a description (at most 160 characters, what results show), a title of
/// at most 70 characters, and none the same as another document's (both are named).
/// </summary>
public sealed class Metadata : ICheckRule
{
    public const int MaxDescription = 160, MaxTitle = 70;

    public string Id => "metadata";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        var front = document.Front;
        var (tl, tc) = document.Fields.Of("title");
        if (string.IsNullOrWhiteSpace(front.Description))
        {
            var (kl, kc) = document.Fields.Of("title:key");
            yield return new RuleFinding(kl, kc, "no description: search results and shared links show one", "description: one or two plain sentences");
        }
        else if (front.Description.Trim().Length > MaxDescription)
        {
            var (dl, dc) = document.Fields.Of("description");
            yield return new RuleFinding(dl, dc, $"description of {front.Description.Trim().Length} characters: search results cut it at about {MaxDescription}", "shorten it");
        }
        if (front.Title.Trim().Length > MaxTitle)
            yield return new RuleFinding(tl, tc, $"title of {front.Title.Trim().Length} characters: search results cut it at about {MaxTitle}", "shorten it");
        foreach (string other in context.Titles[CheckContext.Key(front.Title)].Where(f => f != document.File))
            yield return new RuleFinding(tl, tc, $"the same title as {other}", "give each its own title");
        if (!string.IsNullOrWhiteSpace(front.Description))
            foreach (string other in context.Descriptions[CheckContext.Key(front.Description)].Where(f => f != document.File))
            {
                var (dl, dc) = document.Fields.Of("description");
                yield return new RuleFinding(dl, dc, $"the same description as {other}", "describe each page on its own");
            }
    }
}
