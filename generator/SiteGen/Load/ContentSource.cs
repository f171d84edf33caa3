using SiteGen.Diagnostics;

namespace SiteGen.Load;

/// <summary>A Markdown source found in the content folder, not yet read: sources are read one at a time
/// by the parse stage, so a big site never holds every file's full text at once.</summary>
/// <param name="RelativePath">Relative to the content folder, '/' separators, e.g. articles/trust.md.</param>
public sealed record ContentSource(string RelativePath, string FullPath)
{
    public string DisplayPath => SourcePath.Display(FullPath);
}
