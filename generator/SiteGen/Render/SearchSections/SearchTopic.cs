namespace SiteGen.Render.SearchSections;

/// <summary>A topic results can be filtered by, as the page's topic links name it.</summary>
public sealed record SearchTopic(string Slug, string Name);
