namespace SiteGen.Model;

/// <summary>A heading of a document, for its table of contents.</summary>
public sealed record TocEntry(int Level, string Text, string Id);
