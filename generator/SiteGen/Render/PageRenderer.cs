using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.PostProcess;
using SiteGen.PostProcess.Search;
using SiteGen.Render.Dependencies;
using SiteGen.Render.Faq;
using SiteGen.Render.HostFiles;
using SiteGen.Render.Layouts;
using SiteGen.Render.Pages;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;
using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// Renders the pages of a site in parallel. Each page is encoded, its links, inline code and searchable
/// sections taken as soon as it renders, so its text is garbage at once. Given the memory of the last
/// build, a page whose job, templates and every view member it read are unchanged is not rendered again.
/// </summary>
internal sealed class PageRenderer(Theme theme, SiteView site, ErrorList errors)
{
    /// <param name="searchBase">The site's base path when the theme has a search page (pages are read for the index), else null.</param>
    /// <param name="dependencies">The views' fingerprints when dependencies are to be recorded for the next build, else null.</param>
    /// <param name="write">Takes each page as it renders (to a staging folder), so no page is held; null to return them.</param>
    public IReadOnlyList<PageOutcome> Render(IReadOnlyList<PageJob> jobs, string? searchBase, DependencyValues? dependencies,
        RenderMemory? previous, TemplateFingerprints templates, Action<OutputFile>? write)
    {
        var layouts = new LayoutChoice(theme, errors);
        string? baseLayout = layouts.For(LayoutRenderer.BaseLayout);
        if (baseLayout is null) return [];

        var renderer = new LayoutRenderer(theme, site, errors);
        var outcomes = new ConcurrentBag<PageOutcome>();
        // Displaying a path asks the system for the working folder: once per layout, not once per page.
        var layoutFiles = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var recorders = new ThreadLocal<ReadRecorder>(() => new ReadRecorder());
        Parallel.ForEach(LongestFirst(jobs), job =>
        {
            string? layout = layouts.For(job);
            if (layout is null) return;
            ulong fingerprint = dependencies?.Fingerprints.Of(new object?[] { job.OutputPath, layout, job.Info, job.Variables, job.SourceFile, job.BodyHtml }) ?? 0;
            if (dependencies is not null && previous is not null && previous.Pages.TryGetValue(job.OutputPath, out var record)
                && previous.IsCurrent(record, fingerprint, dependencies, templates))
            {
                outcomes.Add(new PageOutcome(job.OutputPath, record, null, Rendered: false));
                return;
            }
            var recorder = dependencies is null ? null : recorders.Value!;
            if (!renderer.TryRender(job, layout, baseLayout, recorder, out var text))
            {
                recorder?.Clear();
                return;
            }
            var html = text.Span;
            var bytes = PageBytes.Encode(html);
            var recorded = recorder?.Take(dependencies!, [layout, baseLayout]);
            if (recorded is not null) foreach (string template in recorded.Templates) templates.Of(template);
            var (scripts, styles) = InlineCode.Hashes(bytes.Span);
            // The bytes are the thread's buffer: a page that is not written at once keeps a copy.
            var file = new OutputFile(job.OutputPath, write is null ? bytes.ToArray() : bytes);
            outcomes.Add(new PageOutcome(job.OutputPath, new PageRecord(
                fingerprint,
                recorded,
                // Only a build that will be followed by another needs to know what it wrote.
                dependencies is null ? 0 : Fingerprint.Of(bytes.Span),
                CheckedPage.Of(job.OutputPath, html, layoutFiles.GetOrAdd(layout, SourcePath.Display), job.SourceFile, job.BodyHtml),
                searchBase is null ? null : SectionExtractor.Extract(SearchIndexWriter.PageUrl(searchBase, job.OutputPath), html),
                new InlineHashes(scripts, styles)), write is null ? file : null, Rendered: true));
            write?.Invoke(file);
        });
        return outcomes.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }

    // The FAQ pages list every question of the site: each takes as long as a hundred articles. Started
    // last, they would finish alone on one core while the others wait; the order of the output does not
    // depend on this one.
    private static IEnumerable<PageJob> LongestFirst(IReadOnlyList<PageJob> jobs) =>
        jobs.Where(IsLong).Concat(jobs.Where(job => !IsLong(job)));

    private static bool IsLong(PageJob job) => job.Info.Kind is FaqPageJobs.HubKind or FaqPageJobs.TopicKind;
}
