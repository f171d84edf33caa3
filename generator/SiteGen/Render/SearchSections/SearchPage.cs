namespace SiteGen.Render.SearchSections;

/// <summary>The searchable content of one rendered page.</summary>
public sealed record SearchPage(string Url, string Title, IReadOnlyList<SearchTopic> Topics, IReadOnlyList<SearchSection> Sections);
