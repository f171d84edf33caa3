namespace SiteGen.Load;

/// <summary>A Markdown or YAML source read from the content folder, decoded as UTF-8.</summary>
/// <param name="RelativePath">Relative to the content folder, '/' separators, e.g. articles/trust.md.</param>
/// <param name="DisplayPath">How errors name the file (relative to the working folder when possible).</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
