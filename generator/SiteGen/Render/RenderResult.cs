using SiteGen.PostProcess.Search;
using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// What the render stage produced: the files to write, and, when the theme has a search page, the
/// searchable content of every HTML file among them (read as each page rendered, in no set order).
/// </summary>
public sealed record RenderResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<SearchPage>? SearchPages);
