using SiteGen.PostProcess.Search;
using SiteGen.Render.Links;
using SiteGen.Render.SearchSections;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// One page as the last successful build rendered it: whether it must render again is decided from
/// <see cref="Job"/> and <see cref="Dependencies"/>; the rest lets the site be post-processed (links,
/// search, security policy) without the page's HTML.
/// </summary>
/// <param name="Job">Fingerprint of the page's job: its path, layout, page info and variables.</param>
/// <param name="Dependencies">Null when the build did not record them: such a page always renders again.</param>
/// <param name="Content">Fingerprint of the bytes written, so an unchanged page is not written again.</param>
internal sealed record PageRecord(ulong Job, PageDependencies? Dependencies, ulong Content, CheckedPage Links, SearchPage? Search, InlineHashes Inline);

/// <summary>The hashes of a page's inline scripts and styles, for the site's Content-Security-Policy.</summary>
internal sealed record InlineHashes(IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles);
