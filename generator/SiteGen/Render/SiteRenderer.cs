using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.PostProcess.Search;
using SiteGen.Render.Dependencies;
using SiteGen.Render.Feeds;
using SiteGen.Render.HostFiles;
using SiteGen.Render.Pages;
using SiteGen.Render.Templates;
using SiteGen.Render.Layouts;
using SiteGen.Render.Themes;
using SiteGen.Render.Views;
using SiteGen.Style;
using SiteGen.Write;
using SiteGen.Render.Assets;
using SiteGen.Render.Links;
using SiteGen.Render.SearchSections;

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
    public static IReadOnlyList<OutputFile> Render(Site site, Theme theme, ErrorList errors, RenderOptions? options = null) =>
        RenderSite(site, theme, errors, options ?? new RenderOptions()).Files;

    /// <summary>
    /// As <see cref="Render"/>, and when the theme has a search page, also reads each page's searchable
    /// content on the thread that rendered it, while its text is at hand: the search stage then
    /// neither decodes the pages again nor waits for them all.
    /// </summary>
    /// <param name="rebuild">For a site that will be rendered again: the last render's memory and the documents just saved.</param>
    internal static RenderResult RenderSite(Site site, Theme theme, ErrorList errors, RenderOptions options, Rebuild? rebuild = null)
    {
        string? contentFolder = options.ContentFolder;
        bool remember = rebuild is not null;
        var previous = rebuild?.Previous;
        Func<Document, string> displayPath = contentFolder is null
            ? document => document.SourcePath
            : document => SourcePath.Display(Path.Combine(contentFolder, document.SourcePath));

        // Assets come first: pages refer to their fingerprinted names through site.assets.
        var themeAssets = ReadAssets(theme);
        var assets = ThemeAssets.From(themeAssets, site.Config);
        string? styleCss = StyleOf(site.Config, themeAssets, contentFolder, errors);
        bool hasSearch = theme.FindLayout("search").Exists;
        var words = site.Languages.ToDictionary(l => l.Config.Language,
            l => Languages.InterfaceTextReader.Read(theme, l.Config.Language, site.Config.Language, errors), StringComparer.Ordinal);
        var views = SiteViews.Build(site, assets.Urls, hasSearch ? site.Config.RootUrl(PagePlan.SearchPath) : null, styleCss, words);

        var plan = remember ? PlanCache.For(site.Config, previous?.Plan) : null;
        string? searchBase = hasSearch ? site.Config.BasePath : null;
        var templates = new TemplateFingerprints();
        ulong themeFiles = remember ? TemplateFingerprints.FileList(theme) : 0;
        var reads = previous?.Reads ?? new DependencyTable();
        if (previous is not null && previous.Theme != themeFiles) previous = null;
        var dependencies = remember ? new DependencyValues(new ViewIndex(views), reads) : null;
        using var renderer = new PageRenderer(theme, views.Languages, words, site.Config.Language, LimitsFor(site), errors, searchBase, dependencies, previous, templates, options.Write,
            site.Config.AllowContentScripts, options.Images, options.Spill);

        // The pages an editor is waiting for come first, before the rest of the site is even planned.
        var early = rebuild?.Edited is { } edited && previous is not null
            ? EditedPages.Render(site, views, renderer, edited, displayPath, plan!, previous, errors, rebuild.EditedRendered)
            : null;
        var jobs = PagePlan.For(site, views, displayPath, plan is null ? null : plan.ForArticle, plan is null ? null : plan.FaqJobs);
        ReportCollisions(jobs, errors);
        var pages = renderer.Render(jobs, early);
        var pagePaths = pages.Select(p => p.OutputPath).ToList();
        var others = assets.Files.Concat(AtomFeed.Write(site)).ToList();
        others.AddRange(HostFileWriter.Write(site, pagePaths.Concat(others.Select(f => f.Path)).Concat(site.ContentFiles.Select(f => f.OutputPath)),
            displayPath, errors, alternates: SitemapAlternates(jobs)));
        var output = pages.Where(p => p.File is not null).Select(p => p.File!).Concat(others).ToList();

        // Pages that failed to render count as present: their error is already reported, and links
        // to them are not broken once it is fixed.
        var present = others.Select(f => f.Path)
            .Concat(pagePaths)
            .Concat(jobs.Where(j => !j.Optional).Select(j => j.OutputPath))
            .Concat(site.ContentFiles.Select(f => f.OutputPath))
            .Concat(options.OtherOutputs ?? [])
            // The search stage writes the index after this check; the search page preloads its manifest.
            .Concat(hasSearch ? SearchIndexes.Of(site.Config).Select(SearchIndexWriter.ManifestPath) : [])
            .ToHashSet(StringComparer.Ordinal);
        // A page left as it was has the links it had, which all resolved: while the same files exist, only new pages need checking.
        ulong presentFiles = remember ? Fingerprint.OfSet(present.Append(site.Config.BasePath)) : 0;
        var checkedPages = previous is not null && previous.Present == presentFiles ? pages.Where(p => p.Rendered) : pages;
        LinkChecker.Check(checkedPages.Select(p => p.Record.Links).ToList(), present, site.Config.BasePath, errors, MenuLinks(site.Config, contentFolder));

        // Last: the policy hashes the inline code of the final pages, those of this build taken as they rendered.
        var otherHtml = others.Where(f => f.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToList();
        output.Add(SecurityHeaders.Write(site.Config, pages.Select(p => (p.Record.Inline.Scripts, p.Record.Inline.Styles))
            .Concat(otherHtml.Select(f => InlineCode.Hashes(f.Content.Span))).ToList()));

        var memory = remember
            ? new RenderMemory(themeFiles, templates.Snapshot(), pages.ToDictionary(p => p.OutputPath, p => p.Record, StringComparer.Ordinal), reads, plan!, presentFiles)
            : null;
        return new RenderResult(output, searchBase is null ? null : SearchPagesOf(pages, otherHtml, searchBase),
            [.. pagePaths, .. others.Select(f => f.Path), SecurityHeaders.Path]) { Memory = memory, RenderedPages = pages.Count(p => p.Rendered) };
    }

    private static TemplateLimits LimitsFor(Site site) =>
        TemplateLimits.For(site.Languages.Sum(l => l.Articles.Count + l.Pages.Count + l.Topics.Count + l.Articles.Sum(a => a.Faq.Count)));

    // The sitemap lists the versions each page's hreflang links give, the default language's also as x-default.
    private static Dictionary<string, IReadOnlyList<SitemapAlternate>> SitemapAlternates(IReadOnlyList<PageJob> jobs) =>
        jobs.Where(j => j.Info.Translations.Count > 0).ToDictionary(j => j.Info.CanonicalUrl, j => (IReadOnlyList<SitemapAlternate>)j.Info.Translations
            .Select(t => new SitemapAlternate(t.Language, t.AbsoluteUrl))
            .Concat(j.Info.Translations.Where(t => t.IsDefault).Select(t => new SitemapAlternate("x-default", t.AbsoluteUrl)))
            .ToList(), StringComparer.Ordinal);

    /// <summary>The pages' searchable content, and that of any other HTML file of the output (a redirect page is skipped as noindex).</summary>
    private static List<SearchPage> SearchPagesOf(IReadOnlyList<PageOutcome> pages, IReadOnlyList<OutputFile> otherHtml, string basePath)
    {
        var found = pages.Where(p => p.Record.Search is not null).Select(p => p.Record.Search!).ToList();
        foreach (var file in otherHtml)
            if (SectionExtractor.Extract(SearchIndexWriter.PageUrl(basePath, file.Path), System.Text.Encoding.UTF8.GetString(file.Content.Span)) is { } page)
                found.Add(page);
        return found;
    }


    // Two pages at one path would silently overwrite each other: a page slugged "topics", say.
    private static void ReportCollisions(IReadOnlyList<PageJob> jobs, ErrorList errors)
    {
        foreach (var group in jobs.GroupBy(j => j.OutputPath).Where(g => g.Count() > 1))
            foreach (var job in group.Where(j => j.SourceFile is not null))
                errors.Add(job.SourceFile!, 1, 1, $"this page would be written to {group.Key}, which another page of the site already uses; choose another slug");
    }

    // A broken menu link or logo is fixed in site.yml, not in the layout that prints it.
    private static Dictionary<string, SettingLocation> MenuLinks(SiteConfig config, string? contentFolder)
    {
        string siteYml = SiteYml(contentFolder);
        var links = config.Menu.Where(m => !SiteUrls.IsExternal(m.Url))
            .Select(m => (Url: SiteUrls.Resolve(config, m.Url), m.Line, m.Column))
            .DistinctBy(m => m.Url)
            .ToDictionary(m => m.Url, m => new SettingLocation(siteYml, m.Line, m.Column), StringComparer.Ordinal);
        if (config.Organization is { Logo: { Length: > 0 } logo, LogoAt: var (line, column) } && !SiteUrls.IsExternal(logo))
            links.TryAdd(SiteUrls.Resolve(config, logo), new SettingLocation(siteYml, Math.Max(line, 1), Math.Max(column, 1)));
        return links;
    }

    // The colours are checked against the palette of the stylesheet they re-colour: the theme's own, or a child theme's.
    private static string? StyleOf(SiteConfig config, IReadOnlyList<(string RelativePath, byte[] Bytes)> assets, string? contentFolder, ErrorList errors)
    {
        if (config.Style.Count == 0) return null;
        var stylesheet = assets.FirstOrDefault(a => a.RelativePath == "css/site.css").Bytes;
        var palette = ThemePalette.Read(stylesheet is null ? "" : System.Text.Encoding.UTF8.GetString(stylesheet));
        return StyleSheet.Build(config.Style, palette, SiteYml(contentFolder), errors);
    }

    private static string SiteYml(string? contentFolder) => SourcePath.Display(Path.Combine(contentFolder ?? "", "site.yml"));

    private static IReadOnlyList<(string RelativePath, byte[] Bytes)> ReadAssets(Theme theme) =>
        theme.Assets().Select(a => (a.RelativePath, File.ReadAllBytes(a.FullPath))).ToList();
}
