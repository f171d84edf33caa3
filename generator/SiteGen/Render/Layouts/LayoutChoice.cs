using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Render.Pages;
using SiteGen.Render.Themes;

namespace SiteGen.Render.Layouts;

/// <summary>Picks the layout file of each page, looking each set of names up once and reporting a missing one once.</summary>
internal sealed class LayoutChoice(Theme theme, ErrorList errors)
{
    private readonly ConcurrentDictionary<string, LayoutLookup> _lookups = new(StringComparer.Ordinal);
    private readonly ReportedOnce _reported = new(errors);

    /// <summary>A layout every theme must have (base): a missing one is reported at the theme's theme.yml.</summary>
    public string? For(string layout)
    {
        var lookup = Lookup([layout]);
        if (!lookup.Exists) _reported.Add(new(SourcePath.Display(theme.Chain[0].ManifestPath), 1, 1, lookup.NotFoundMessage("layout", layout)));
        return lookup.Found;
    }

    /// <summary>
    /// The layout of a page. A missing one is reported at the content file that asked for it (a page's
    /// <c>layout:</c>), else at the theme; an optional page (search) is just left out.
    /// </summary>
    public string? For(PageJob job)
    {
        var lookup = Lookup(job.Layouts);
        if (lookup.Exists || job.Optional) return lookup.Found;
        string file = job.SourceFile is not null && job.Info.Kind == "page" ? job.SourceFile : SourcePath.Display(theme.Chain[0].ManifestPath);
        _reported.Add(new(file, 1, 1, lookup.NotFoundMessage("layout", string.Join(" or ", job.Layouts))));
        return null;
    }

    private LayoutLookup Lookup(IReadOnlyList<string> names)
    {
        string key = names.Count == 1 ? names[0] : string.Join('|', names);
        return _lookups.TryGetValue(key, out var found) ? found : _lookups.GetOrAdd(key, _ => theme.FindLayout([.. names]));
    }
}
