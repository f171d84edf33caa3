using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// What a render of a site that will be rendered again (the live preview) is given: the memory of its last
/// successful render in this process, and which documents an editor just saved. Such a render records what
/// every page depends on (<see cref="RenderResult.Memory"/>).
/// </summary>
/// <param name="Previous">The last render's memory: pages whose inputs are unchanged are not rendered again, and are
/// absent from the files returned. Null for the first render.</param>
/// <param name="Edited">Which documents were just saved: their pages are rendered ahead of the rest.</param>
/// <param name="EditedRendered">Handed those pages as soon as they are, at most <see cref="EditedPages.MostAhead"/> of them.</param>
internal sealed record Rebuild(RenderMemory? Previous = null, Func<Document, bool>? Edited = null, Action<IReadOnlyList<OutputFile>>? EditedRendered = null);
