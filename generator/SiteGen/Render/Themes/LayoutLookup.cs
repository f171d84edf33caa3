using SiteGen.Diagnostics;

namespace SiteGen.Render.Themes;

/// <summary>The outcome of looking up a layout or partial: the file found, and every file tried in order.</summary>
public sealed record LayoutLookup(string? Found, IReadOnlyList<string> Candidates)
{
    public bool Exists => Found is not null;

    /// <summary>"layout 'x' not found; tried: a, b" — for error messages.</summary>
    public string NotFoundMessage(string kind, string name) =>
        $"{kind} '{name}' not found; tried: {string.Join(", ", Candidates.Select(SourcePath.Display))}";
}
