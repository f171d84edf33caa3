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

    public bool ReadsBody => false;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        var front = document.Front;
        var (tl, tc) = document.Fields.Of("title");
        if (string.IsNullOrWhiteSpace(front.Description))
        {
            var (kl, kc) = document.Fields.OfKey("title");
            yield return new RuleFinding(kl, kc, "no description: search results and shared links show one", "description: one or two plain sentences");
        }
        else if (front.Description.Trim().Length > MaxDescription)
        {
            var (dl, dc) = document.Fields.Of("description");
            yield return new RuleFinding(dl, dc, $"description of {front.Description.Trim().Length} characters: search results cut it at about {MaxDescription}", "shorten it");
        }
        if (front.Title.Trim().Length > MaxTitle)
            yield return new RuleFinding(tl, tc, $"title of {front.Title.Trim().Length} characters: search results cut it at about {MaxTitle}", "shorten it");
        if (Others(context.Titles[CheckContext.Key(front.Title)], document.File) is { } titles)
            yield return new RuleFinding(tl, tc, $"the same title as {titles}", "give each its own title");
        if (!string.IsNullOrWhiteSpace(front.Description) && Others(context.Descriptions[CheckContext.Key(front.Description)], document.File) is { } descriptions)
        {
            var (dl, dc) = document.Fields.Of("description");
            yield return new RuleFinding(dl, dc, $"the same description as {descriptions}", "describe each page on its own");
        }
    }

    /// <summary>
    /// The other files that share the text, as one finding: a title used fifty times is one thing to fix in each file,
    /// not fifty lines each, and a list that long is read no further than its first names.
    /// </summary>
    public static string? Others(IEnumerable<string> files, string self)
    {
        const int Named = 3;
        var others = files.Where(f => f != self).Order(StringComparer.Ordinal).ToList();
        if (others.Count == 0) return null;
        if (others.Count <= Named) return others.Count == 1 ? others[0] : $"{string.Join(", ", others[..^1])} and {others[^1]}";
        int more = others.Count - Named;
        return $"{string.Join(", ", others[..Named])} and {more} {(more == 1 ? "other" : "others")}";
    }
}
