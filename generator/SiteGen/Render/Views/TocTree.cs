using SiteGen.Model;

namespace SiteGen.Render.Views;

/// <summary>Nests a document's flat list of headings into two levels, the shape a table of contents shows.</summary>
internal static class TocTree
{
    /// <summary>
    /// The shallowest heading level present becomes the top level; every deeper heading goes under the
    /// top-level heading before it (or to the top when none precedes it). Two levels are enough to
    /// find one's way on a phone; deeper nesting only adds indentation.
    /// </summary>
    public static IReadOnlyList<TocItemView> Build(IReadOnlyList<TocEntry> entries)
    {
        if (entries.Count == 0) return [];
        int top = entries.Min(e => e.Level);
        var result = new List<(TocEntry Entry, List<TocItemView> Children)>();
        foreach (var entry in entries)
        {
            if (entry.Level == top || result.Count == 0)
                result.Add((entry, new List<TocItemView>()));
            else
                result[^1].Children.Add(new TocItemView(entry.Text, entry.Id, entry.Level, []));
        }
        return result.Select(r => new TocItemView(r.Entry.Text, r.Entry.Id, r.Entry.Level, r.Children)).ToList();
    }
}
