using SiteGen.PostProcess.Search;
using SiteGen.Write;
using SiteGen.Render.SearchSections;

namespace SiteGen.Render;

/// <summary>
/// What the render stage produced: the files to write, and, when the theme has a search page, the
/// searchable content of every HTML file of the site (read as each page rendered, in no set order).
/// </summary>
/// <param name="Files">The files to write: every file of the site, but the pages left unchanged since the memory it was given.</param>
/// <param name="Paths">Every file of the site the render stage makes, written now or before.</param>
public sealed record RenderResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<SearchPage>? SearchPages, IReadOnlyList<string> Paths)
{
    /// <summary>What the next render of the site needs to render only what changed; null unless asked for.</summary>
    internal Dependencies.RenderMemory? Memory { get; init; }

    /// <summary>Pages rendered: all of them, or those whose inputs changed since the memory it was given.</summary>
    public int RenderedPages { get; init; }
}
