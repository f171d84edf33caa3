namespace SiteGen.PostProcess.Search;

/// <summary>One searchable part of a page; <see cref="Url"/> carries the anchor of the heading or FAQ question.</summary>
/// <param name="Heading">The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</param>
public sealed record SearchSection(string Url, SectionKind Kind, string? Heading, string Text);
