namespace SiteGen.Render.Faq;

/// <summary>/faq/: every question of the site once, grouped by the first topic of its article.</summary>
public sealed record FaqHubPage(IReadOnlyList<FaqGroup> Groups)
{
    public string Path => FaqPages.HubPath;

    public string Title => FaqPages.HubTitle;

    public IEnumerable<FaqItem> Items => Groups.SelectMany(g => g.Items);
}
