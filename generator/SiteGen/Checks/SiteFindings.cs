namespace SiteGen.Checks;

/// <summary>What the content checks found in one build, with the page each document is published as.</summary>
/// <param name="Findings">Sorted by file and position.</param>
/// <param name="Pages">The output path of each checked document's page (articles/x/index.html), by source path.</param>
/// <param name="Edited">The source paths of the documents an editor changed since the last build (none on a first build).</param>
public sealed record SiteFindings(IReadOnlyList<CheckFinding> Findings, IReadOnlyDictionary<string, string> Pages, IReadOnlySet<string> Edited)
{
    /// <summary>The findings of each checked page, by output path; a page without findings has an empty list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CheckFinding>> ByPage()
    {
        var byFile = Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        return Pages.ToDictionary(p => p.Value, p => (IReadOnlyList<CheckFinding>)[.. byFile[p.Key]], StringComparer.Ordinal);
    }
}
