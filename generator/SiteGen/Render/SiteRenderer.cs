using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.PostProcess;
using SiteGen.PostProcess.Search;
using SiteGen.Render.Feeds;
using SiteGen.Render.HostFiles;
using SiteGen.Render.Pages;
using SiteGen.Render.Layouts;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;
using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// The render stage: turns the site model into every file of the output but the content's own
/// (pages, theme assets, feeds, sitemap, redirects, headers), then checks the pages' internal links.
/// Problems go to the error list; the files returned are those that rendered.
/// </summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders <paramref name="site"/> with <paramref name="theme"/> (see <see cref="ThemeLocator"/>).
    /// The caller writes the files returned along with <see cref="Site.ContentFiles"/>, which the
    /// link check counts as present.
    /// </summary>
    /// <param name="contentFolder">The content folder, so errors name content files as the user can open them.</param>
    /// <param name="otherOutputs">Output paths that other stages write, so that links to them count as present.</param>
    public static IReadOnlyList<OutputFile> Render(Site site, Theme theme, ErrorList errors, string? contentFolder = null,
        IEnumerable<string>? otherOutputs = null) =>
        RenderSite(site, theme, errors, contentFolder, otherOutputs).Files;

    /// <summary>
    /// As <see cref="Render"/>, and when the theme has a search page, also reads each page's searchable
    /// content on the thread that rendered it, while its text is at hand: the search stage then
    /// neither decodes the pages again nor waits for them all.
    /// </summary>
    public static RenderResult RenderSite(Site site, Theme theme, ErrorList errors, string? contentFolder = null,
        IEnumerable<string>? otherOutputs = null)
    {
        Func<Document, string> displayPath = contentFolder is null
            ? document => document.SourcePath
            : document => SourcePath.Display(Path.Combine(contentFolder, document.SourcePath));

        // Assets come first: pages refer to their fingerprinted names through site.assets.
        var assets = ThemeAssets.From(ReadAssets(theme), site.Config);
        bool hasSearch = theme.FindLayout("search").Exists;
        var views = SiteViews.Build(site, assets.Urls, hasSearch ? site.Config.RootUrl(PagePlan.SearchPath) : null);

        var jobs = PagePlan.For(site, views, displayPath);
        ReportCollisions(jobs, errors);
        string? searchBase = hasSearch ? site.Config.BasePath : null;
        var pages = RenderPages(jobs, theme, views.Site, searchBase, errors);

        var output = pages.Select(p => p.File).Concat(assets.Files).ToList();
        output.AddRange(AtomFeed.Write(site));
        output.AddRange(HostFileWriter.Write(site, output.Select(f => f.Path).Concat(site.ContentFiles.Select(f => f.OutputPath)),
            displayPath, errors));

        // Pages that failed to render count as present: their error is already reported, and links
        // to them are not broken once it is fixed.
        var present = output.Select(f => f.Path)
            .Concat(jobs.Where(j => !j.Optional).Select(j => j.OutputPath))
            .Concat(site.ContentFiles.Select(f => f.OutputPath))
            .Concat(otherOutputs ?? [])
            // The search stage writes the index after this check; the search page preloads its manifest.
            .Concat(hasSearch ? [SearchIndexWriter.ManifestPath()] : [])
            .ToHashSet(StringComparer.Ordinal);
        LinkChecker.Check(pages.Select(p => p.Links).ToList(), present, site.Config.BasePath, errors, MenuLinks(site.Config, contentFolder));

        // Last: the policy hashes the inline code of the final pages.
        output.Add(SecurityHeaders.Write(site.Config, output));
        return new RenderResult(output, searchBase is null ? null : SearchPagesOf(pages, output, searchBase));
    }

    /// <summary>The pages read while rendering, and any other HTML file of the output (a theme's static page).</summary>
    private static List<SearchPage> SearchPagesOf(IReadOnlyList<RenderedPage> pages, List<OutputFile> output, string basePath)
    {
        var found = pages.Where(p => p.Search is not null).Select(p => p.Search!).ToList();
        var renderedPaths = pages.Select(p => p.File.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in output)
        {
            if (!file.Path.EndsWith(".html", StringComparison.Ordinal) || renderedPaths.Contains(file.Path)) continue;
            if (SectionExtractor.Extract(SearchIndexWriter.PageUrl(basePath, file.Path), System.Text.Encoding.UTF8.GetString(file.Content.Span)) is { } page)
                found.Add(page);
        }
        return found;
    }

    // Each page is encoded and its links taken as soon as it renders, so its text is garbage at once
    // instead of every page being held as text and as bytes until the end of the stage.
    private static IReadOnlyList<RenderedPage> RenderPages(IReadOnlyList<PageJob> jobs, Theme theme, SiteView site, string? searchBase, ErrorList errors)
    {
        var layouts = new LayoutChoice(theme, errors);
        string? baseLayout = layouts.For(LayoutRenderer.BaseLayout);
        if (baseLayout is null) return [];

        var renderer = new LayoutRenderer(theme, site, errors);
        var rendered = new ConcurrentBag<RenderedPage>();
        // Displaying a path asks the system for the working folder: once per layout, not once per page.
        var layoutFiles = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(jobs, job =>
        {
            string? layout = layouts.For(job);
            if (layout is null) return;
            string? html = renderer.Render(job, layout, baseLayout);
            if (html is null) return;
            var search = searchBase is null ? null : SectionExtractor.Extract(SearchIndexWriter.PageUrl(searchBase, job.OutputPath), html);
            rendered.Add(new RenderedPage(OutputFile.FromText(job.OutputPath, html),
                CheckedPage.Of(job.OutputPath, html, layoutFiles.GetOrAdd(layout, SourcePath.Display), job.SourceFile, job.BodyHtml), search));
        });
        return rendered.OrderBy(p => p.File.Path, StringComparer.Ordinal).ToList();
    }

    private sealed record RenderedPage(OutputFile File, CheckedPage Links, SearchPage? Search);

    // Two pages at one path would silently overwrite each other: a page slugged "topics", say.
    private static void ReportCollisions(IReadOnlyList<PageJob> jobs, ErrorList errors)
    {
        foreach (var group in jobs.GroupBy(j => j.OutputPath).Where(g => g.Count() > 1))
            foreach (var job in group.Where(j => j.SourceFile is not null))
                errors.Add(job.SourceFile!, 1, 1, $"this page would be written to {group.Key}, which another page of the site already uses; choose another slug");
    }

    // A broken menu link is fixed in site.yml, not in the layout that prints the menu.
    private static Dictionary<string, SettingLocation> MenuLinks(SiteConfig config, string? contentFolder)
    {
        string siteYml = SourcePath.Display(Path.Combine(contentFolder ?? "", "site.yml"));
        return config.Menu.Where(m => !SiteUrls.IsExternal(m.Url))
            .Select(m => (Url: SiteUrls.Resolve(config, m.Url), Item: m))
            .DistinctBy(m => m.Url)
            .ToDictionary(m => m.Url, m => new SettingLocation(siteYml, m.Item.Line, m.Item.Column), StringComparer.Ordinal);
    }

    private static IReadOnlyList<(string RelativePath, byte[] Bytes)> ReadAssets(Theme theme) =>
        theme.Assets().Select(a => (a.RelativePath, File.ReadAllBytes(a.FullPath))).ToList();
}
