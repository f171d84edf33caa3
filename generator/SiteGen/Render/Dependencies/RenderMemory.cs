namespace SiteGen.Render.Dependencies;

/// <summary>
/// What the render stage remembers of the last successful build so the next one renders only the pages
/// whose inputs changed: each page's record, and the fingerprint of every template it used.
/// </summary>
/// <param name="Theme">Fingerprint of the theme's file list: a layout or partial added or removed may change any page's choice.</param>
/// <param name="Reads">The numbering of view members the pages' dependencies use.</param>
/// <param name="Plan">Articles' structured data and the FAQ pages, to make again only what changed.</param>
/// <param name="Present">Fingerprint of the set of files links could point to (and the base path), when the pages' links were last checked.</param>
internal sealed record RenderMemory(ulong Theme, IReadOnlyDictionary<string, ulong> Templates, IReadOnlyDictionary<string, PageRecord> Pages,
    DependencyTable Reads, PlanCache Plan, ulong Present)
{
    /// <summary>Whether <paramref name="record"/> still describes the page rendered from a job with fingerprint <paramref name="job"/>.</summary>
    public bool IsCurrent(PageRecord record, ulong job, DependencyValues values, TemplateFingerprints templates) =>
        record.Job == job
        && record.Dependencies is { } dependencies
        && templates.Unchanged(dependencies.Templates, Templates)
        && Unchanged(dependencies, values);

    private static bool Unchanged(PageDependencies dependencies, DependencyValues values)
    {
        for (int i = 0; i < dependencies.Reads.Length; i++)
            if (values.Of(dependencies.Reads[i]) != dependencies.Values[i]) return false;
        return true;
    }
}
