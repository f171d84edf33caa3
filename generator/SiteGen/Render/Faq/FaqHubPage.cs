namespace SiteGen.Render.Faq;

/// <summary>/faq/: every question of the site once, grouped by the first topic of its article.</summary>
/// <param name="Path">faq/, or es/faq/ for a language's.</param>
public sealed record FaqHubPage(IReadOnlyList<FaqGroup> Groups, string Path, string Title)
{
    public IEnumerable<FaqItem> Items => Groups.SelectMany(g => g.Items);
}
