using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.PostProcess.Search;
using SiteGen.Render.Dependencies;
using SiteGen.Render.Faq;
using SiteGen.Render.HostFiles;
using SiteGen.Render.Layouts;
using SiteGen.Render.Pages;
using SiteGen.Render.Templates;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;
using SiteGen.Write;
using SiteGen.Render.Links;
using SiteGen.Render.SearchSections;

namespace SiteGen.Render;

/// <summary>
/// Renders the pages of a site in parallel. Each page is encoded, its links, inline code and searchable
/// sections taken as soon as it renders, so its text is garbage at once. Given the memory of the last
/// build, a page whose job, templates and every view member it read are unchanged is not rendered again.
/// One renderer serves a whole build, which may hand it some pages ahead of the others.
/// </summary>
/// <param name="searchBase">The site's base path when the theme has a search page (pages are read for the index), else null.</param>
/// <param name="dependencies">The views' fingerprints when dependencies are to be recorded for the next build, else null.</param>
/// <param name="write">Takes each page as it renders (to a staging folder), so no page is held; null to return them.</param>
/// <param name="hashAttributes">Content may hold event handlers and style attributes (site.yml's <c>markdown.scripts</c>): the policy allows them by hash.</param>
/// <param name="spill">Where the pages' searchable text waits for the search stage, on a large site; null to hold it.</param>
internal sealed class PageRenderer(Theme theme, IReadOnlyDictionary<string, SiteView> sites, IReadOnlyDictionary<string, Languages.InterfaceText> words,
    string defaultLanguage, TemplateLimits limits, ErrorList errors, string? searchBase, DependencyValues? dependencies,
    RenderMemory? previous, TemplateFingerprints templates, Action<OutputFile>? write, bool hashAttributes = false, PageImages? images = null, Model.TextSpill? spill = null) : IDisposable
{
    private readonly LayoutChoice _layouts = new(theme, errors);
    private readonly LayoutRenderer _renderer = new(theme, sites, words, defaultLanguage, limits, errors, images);
    // Displaying a path asks the system for the working folder: once per layout, not once per page.
    private readonly ConcurrentDictionary<string, string> _layoutFiles = new(StringComparer.Ordinal);
    private readonly ThreadLocal<ReadRecorder> _recorders = new(() => new ReadRecorder());

    /// <param name="done">Pages this build already rendered, by output path: a job among them is not rendered twice.</param>
    public IReadOnlyList<PageOutcome> Render(IReadOnlyList<PageJob> jobs, IReadOnlyDictionary<string, PageOutcome>? done = null)
    {
        string? baseLayout = _layouts.For(LayoutRenderer.BaseLayout);
        if (baseLayout is null) return [];

        var outcomes = new ConcurrentBag<PageOutcome>();
        Parallel.ForEach(LongestFirst(jobs), job =>
        {
            string? layout = _layouts.For(job);
            if (layout is null) return;
            ulong fingerprint = dependencies?.Fingerprints.Of(new object?[] { job.OutputPath, layout, job.Info, job.Variables, job.SourceFile, job.BodyHtml, job.Language, images is null ? null : unchecked((long)images.Fingerprint) }) ?? 0;
            if (done is not null && done.TryGetValue(job.OutputPath, out var earlier) && earlier.Record.Job == fingerprint)
                outcomes.Add(earlier);
            else if (dependencies is not null && previous is not null && previous.Pages.TryGetValue(job.OutputPath, out var record)
                && previous.IsCurrent(record, fingerprint, dependencies, templates))
                outcomes.Add(new PageOutcome(job.OutputPath, record, null, Rendered: false));
            else if (Render(job, layout, baseLayout, fingerprint) is { } outcome)
                outcomes.Add(outcome);
            job.Info.ForgetJsonLd();
        });
        return outcomes.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
    }

    private PageOutcome? Render(PageJob job, string layout, string baseLayout, ulong fingerprint)
    {
        var recorder = dependencies is null ? null : _recorders.Value!;
        if (!_renderer.TryRender(job, layout, baseLayout, recorder, out var text))
        {
            recorder?.Clear();
            return null;
        }
        // Images get their sizes before anything reads the page, so links and the search index see what is published.
        string? withImages = images?.Rewrite(text.Span);
        var html = withImages is null ? text.Span : withImages.AsSpan();
        var bytes = PageBytes.Encode(html);
        var recorded = recorder?.Take(dependencies!, [layout, baseLayout]);
        if (recorded is not null) foreach (string template in recorded.Templates) templates.Of(template);
        var (scripts, styles) = InlineCode.Hashes(bytes.Span, hashAttributes);
        // The bytes are the thread's buffer: a page that is not written at once keeps a copy.
        var file = new OutputFile(job.OutputPath, write is null ? bytes.ToArray() : bytes);
        var outcome = new PageOutcome(job.OutputPath, new PageRecord(
            fingerprint,
            recorded,
            // Only a build that will be followed by another needs to know what it wrote.
            dependencies is null ? 0 : Fingerprint.Of(bytes.Span),
            CheckedPage.Of(job.OutputPath, html, _layoutFiles.GetOrAdd(layout, SourcePath.Display), job.SourceFile, job.BodyHtml),
            searchBase is null ? null : Kept(SectionExtractor.Extract(SearchIndexWriter.PageUrl(searchBase, job.OutputPath), html)),
            new InlineHashes(scripts, styles)), write is null ? file : null, Rendered: true);
        write?.Invoke(file);
        return outcome;
    }

    private SearchPage? Kept(SearchPage? page) => spill is null || page is null ? page : page.KeptIn(spill);

    // The FAQ pages list every question of the site: each takes as long as a hundred articles. Started
    // last, they would finish alone on one core while the others wait; the order of the output does not
    // depend on this one.
    private static IEnumerable<PageJob> LongestFirst(IReadOnlyList<PageJob> jobs) =>
        jobs.Where(IsLong).Concat(jobs.Where(job => !IsLong(job)));

    private static bool IsLong(PageJob job) => job.Info.Kind is FaqPageJobs.HubKind or FaqPageJobs.TopicKind;

    public void Dispose()
    {
        _recorders.Dispose();
        _renderer.Dispose();
    }
}
