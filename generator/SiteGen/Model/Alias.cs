namespace SiteGen.Model;

/// <summary>An old address of an article, and where its front matter names it (for errors found later, such as a collision).</summary>
/// <param name="Path">Site-relative: "old/page/" for a folder URL, "old.html" for a file URL.</param>
public sealed record Alias(string Path, int Line, int Column);
