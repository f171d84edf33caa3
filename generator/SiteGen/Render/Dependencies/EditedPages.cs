using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Render.Pages;
using SiteGen.Render.Views;
using SiteGen.Write;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// The pages an editor is waiting for in a rebuild: those of the documents just saved, rendered before the rest of
/// the site is even planned, and handed on at once. The full render that follows reuses them, so the bytes shown
/// early are the bytes written.
/// </summary>
internal static class EditedPages
{
    /// <summary>More edited documents than this (a git checkout, a change of every file) are a site-wide change: no page goes ahead.</summary>
    public const int MostAhead = 8;

    /// <returns>The edited documents' pages by output path, or null when there are none to render ahead.</returns>
    public static Dictionary<string, PageOutcome>? Render(Site site, SiteViews views, PageRenderer renderer, Func<Document, bool> edited,
        Func<Document, string> displayPath, PlanCache plan, RenderMemory previous, ErrorList errors, Action<IReadOnlyList<OutputFile>>? rendered)
    {
        var documents = site.AllArticles.Where(edited).Cast<Document>().Concat(site.AllPages.Where(edited)).Take(MostAhead + 1).ToList();
        if (documents.Count is 0 or > MostAhead) return null;
        var pages = renderer.Render(PagePlan.ForDocuments(site, views, documents, displayPath, plan.ForArticle));
        // A file saved without a change gives the page it had: nothing to show.
        var changed = pages.Where(p => p.File is not null && !(previous.Pages.TryGetValue(p.OutputPath, out var before) && before.Content == p.Record.Content))
            .Select(p => p.File!).ToList();
        if (!errors.HasErrors && changed.Count > 0) rendered?.Invoke(changed);
        return pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
    }
}
