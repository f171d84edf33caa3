namespace SiteGen.Render.Views;

/// <summary>A heading in a table of contents, with the headings nested under it.</summary>
public sealed record TocItemView(string Text, string Id, int Level, IReadOnlyList<TocItemView> Children)
{
    public string Url => "#" + Id;
}
