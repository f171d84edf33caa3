using SiteGen.Model;

namespace SiteGen.Render.SearchSections;

/// <summary>The searchable content of one rendered page.</summary>
public sealed record SearchPage(string Url, string Title, IReadOnlyList<SearchTopic> Topics, IReadOnlyList<SearchSection> Sections)
{
    /// <summary>The page with its sections' text kept in <paramref name="spill"/>: a page's sections wait for the search stage.</summary>
    internal SearchPage KeptIn(TextSpill spill) => this with { Sections = Sections.Select(s => s.KeptIn(spill)).ToList() };
}
