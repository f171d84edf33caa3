using System.Diagnostics;
using SiteGen.Build.Incremental;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Parse.Markdown;
using SiteGen.PostProcess.Search;
using SiteGen.Render;
using SiteGen.Render.Dependencies;
using SiteGen.Render.Themes;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Builds one site, again and again: load → config → front matter → markdown → model → theme → render →
/// search → write, each stage timed. Every content error is collected before stopping; the theme and
/// templates are checked once the content is clean; the output is changed only when there are no errors.
/// <para>
/// An incremental session (<c>sitegen serve</c>) keeps what each build learnt: unchanged files are not
/// parsed again, pages whose inputs did not change are not rendered again, and after the first build
/// the output folder is updated in place, file by file, instead of being swapped whole. The result
/// is the same bytes a full build gives.
/// </para>
/// </summary>
public sealed class BuildSession(BuildOptions options, bool incremental)
{
    private readonly SourceCache? _sources = incremental ? new SourceCache() : null;
    private RenderMemory? _memory;
    private readonly Checks.BuildChecks _checks = new();
    private IReadOnlyList<Checks.CheckFinding> _findings = [];
    private WrittenSite? _written;

    /// <summary>Called with a stage's name as it starts (for progress displays).</summary>
    public Action<string>? StageStarted { get; init; }

    /// <param name="changed">Full paths of the files and folders that changed since the last build, as a watcher saw them: a
    /// content file not among them (nor under one) is taken as unchanged without asking the system. Null when nothing says
    /// what changed: every file's size and time are compared with the last build's.</param>
    /// <param name="listener">Told of the build's results as each is final: a rebuild hands over the edited pages as soon as
    /// they render, and writes the pages before bringing the search index up to date, so that a preview shows them sooner.</param>
    public BuildResult Build(IReadOnlyCollection<string>? changed = null, IBuildListener? listener = null)
    {
        long start = Stopwatch.GetTimestamp();
        var clock = new StageClock(StageStarted);
        var errors = new ErrorList();
        _findings = [];
        string output = OutputSafety.Resolve(options.OutputFolder);
        var themeRoots = options.ThemeRoots ?? ThemeLocator.DefaultRoots(options.SourceFolder);

        if (OutputSafety.Problem(output, ProtectedFolders(themeRoots)) is { } refused)
            return Result(errors, clock, start, output) with { OutputRefused = refused };

        // A session that builds again keeps its text in memory, where the next build finds it.
        using var spill = incremental ? null : new TextSpill(options.TextInMemory);
        var changes = changed is null ? ChangedPaths.Unknown : ChangedPaths.Of(changed);
        _sources?.MarkChanged(changes);
        var content = clock.Time("load", () => ContentLoader.Load(options.SourceFolder, errors));
        _sources?.KeepOnly(content.Articles.Concat(content.Pages).Select(s => s.RelativePath));
        var config = clock.Time("config", () => content.SiteConfig is null ? null : SiteConfigParser.Parse(content.SiteConfig, errors, options.BaseUrl, options.Theme));
        // Images are encoded on the thread pool while the documents are parsed; the pages wait for them only to render.
        var images = config is null ? null : SiteImages.Start(content.Files, config.Config.Images,
            new ImageCache(options.CacheFolder ?? ImageCache.Beside(options.SourceFolder)), errors);
        // Before the Markdown: heading ids must not take the ids of the theme's own elements.
        var theme = config is null ? null : clock.Time("theme", () => ThemeLocator.Locate(config.Config.Theme, themeRoots, errors,
            content.SiteConfig!.DisplayPath, config.ThemeAt, options.SourceFolder));
        // Without a usable site.yml or theme the documents are still checked, so one run reports every error.
        var (parsed, checks) = ParseDocuments(clock, content, config ?? FallbackConfig, errors, theme, images, spill);
        // Pages are left unrendered only when the folder still holds them as the last build wrote them.
        bool update = _written is not null && Directory.Exists(output);
        // A rebuild shows the edited pages before it reports the checks of every document, unless their errors stop the build.
        var deferred = update && config?.Config.Check.InBuild != Checks.CheckInBuild.Errors ? checks : null;
        if (deferred is null) FinishChecks(clock, checks, errors, listener);
        var site = BuildModel(clock, parsed, content, images);
        // Rendering broken content only repeats its errors (a missing article is also a broken link on the page).
        if (config is null || theme is null || errors.HasErrors)
        {
            FinishChecks(clock, deferred, errors, listener);
            return Result(errors, clock, start, output);
        }
        var pageImages = images is null ? null : new PageImages(images, site.Config.BasePath, site.Config.Images.Sizes);
        if (update) return Update(clock, content, site, theme, pageImages, errors, start, output, changes, listener, deferred);

        clock.Time("collect", LeftoverMemory.Release);

        // A full build writes each page to a staging folder as it renders, so no page is held until the end.
        StagingFolder staging;
        try
        {
            staging = StagingFolder.Create(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(output, e, errors);
            return Result(errors, clock, start, output);
        }
        using (staging)
        {
            var siteConfig = site.Config;
            var rendered = RenderToStaging(clock, site, theme, errors, pageImages, staging, output, spill);
            if (errors.HasErrors) return Result(errors, clock, start, output);
            clock.Time("collect", LeftoverMemory.Release);
            content = Published(content, images);
            var files = rendered.Files;
            var paths = rendered.Paths;
            IReadOnlyList<string> index = [];
            // A session that updates the folder later must know every file it wrote, the index's too.
            var keptIndex = new List<OutputFile>();
            // The index serves the theme's search page (the renderer read the pages only for such a theme). Its files go to
            // the staging folder as they are made, as the pages did, and the pages' searchable text is let go once they are.
            if (rendered.SearchPages is { } searchPages)
            {
                index = clock.Time("search", () => SearchIndexes.Write(searchPages, siteConfig, file =>
                {
                    Stage(staging, file, output, errors);
                    if (incremental) keptIndex.Add(file);
                }));
                paths = [.. paths, .. index];
                rendered = rendered with { SearchPages = null };
            }
            if (clock.Time("write", () => Commit(staging, output, files, paths, content.Files, errors)) is not { } count)
                return Result(errors, clock, start, output);
            if (incremental) _written = Written(rendered, [.. files, .. keptIndex], content.Files);
            listener?.PagesWritten(null);
            return Succeeded(rendered, paths, content, count + index.Count + rendered.RenderedPages, errors, clock, start, output);
        }
    }

    /// <param name="checks">The checks of every document, to report once the edited pages are shown; null when reported already.</param>
    private BuildResult Update(StageClock clock, LoadedContent content, Site site, Theme theme, PageImages? images, ErrorList errors, long start, string output,
        ChangedPaths changes, IBuildListener? listener, PendingChecks? checks)
    {
        var rendered = clock.Time("render", () => SiteRenderer.RenderSite(site, theme, errors, Options(images),
            new Rebuild(_memory, document => _sources!.Edited(document.SourcePath), listener is null ? null : listener.EditedPagesRendered)));
        FinishChecks(clock, checks, errors, listener);
        if (errors.HasErrors) return Result(errors, clock, start, output);
        content = Published(content, images?.Images);
        if (rendered.SearchPages is null)
        {
            if (clock.Time("write", () => Update(output, rendered.Files, rendered.Paths, content.Files, changes, errors)) is not { } changed)
                return Result(errors, clock, start, output);
            listener?.PagesWritten(changed);
            return Succeeded(rendered, rendered.Paths, content, changed.Count, errors, clock, start, output);
        }
        // A preview shows the edited page first; the search index follows.
        if (clock.Time("write", () => Update(output, rendered.Files, [.. rendered.Paths, .. IndexFiles(_written!, site.Config)], content.Files, changes, errors)) is not { } pagesChanged)
            return Result(errors, clock, start, output);
        listener?.PagesWritten(pagesChanged);
        var index = clock.Time("search", () => SearchIndexes.Write(rendered.SearchPages, site.Config));
        IReadOnlyList<string> paths = [.. rendered.Paths, .. index.Select(f => f.Path)];
        if (clock.Time("write index", () => Update(output, index, paths, content.Files, changes, errors)) is not { } indexChanged)
            return Result(errors, clock, start, output);
        listener?.SearchIndexWritten(indexChanged);
        return Succeeded(rendered, paths, content, pagesChanged.Count + indexChanged.Count, errors, clock, start, output);
    }

    private RenderOptions Options(PageImages? images) => new(options.SourceFolder,
        // Read by the link check once the pages have rendered, when templates have asked for every size they show.
        OtherOutputs: images is null ? null : Enumerable.Repeat(images.Images, 1).SelectMany(i => i.Files()).Select(f => f.OutputPath),
        Images: images);

    // The model and the full render in methods of their own, so that no closure of Build holds the model: once the pages are
    // rendered, the search stage and the write need only what the render returned, and every article's body can be collected.
    private static Site BuildModel(StageClock clock, ParsedContent parsed, LoadedContent content, SiteImages? images)
    {
        var covers = images is null ? null : clock.Time("images", () => Covers(images, parsed.Articles));
        return clock.Time("model", () => ModelBuilder.Build(parsed.Config, parsed.Articles, parsed.Pages, content.Files, parsed.Retired, covers));
    }

    private RenderResult RenderToStaging(StageClock clock, Site site, Theme theme, ErrorList errors, PageImages? images, StagingFolder staging, string output,
        TextSpill? spill) =>
        clock.Time("render", () => SiteRenderer.RenderSite(site, theme, errors,
            Options(images) with { Write = file => Stage(staging, file, output, errors), Spill = spill }, incremental ? new Rebuild() : null));

    // The article images' pictures for shared links, made in parallel once every image is processed.
    private static Dictionary<string, string> Covers(SiteImages images, IReadOnlyList<Article> articles)
    {
        images.Wait();
        images.ReportUnshown();
        var wanted = articles.Select(a => a.Image).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var covers = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(wanted, image =>
        {
            if (images.Cover(image) is { } cover) covers[image] = cover.OutputPath;
        });
        return new Dictionary<string, string>(covers, StringComparer.Ordinal);
    }

    // What the site publishes of the content folder: raster images as the image stage wrote them, other files as they are.
    private static LoadedContent Published(LoadedContent content, SiteImages? images) =>
        images is null ? content : content with { Files = [.. images.OtherFiles, .. images.Files()] };

    private static void Stage(StagingFolder staging, OutputFile file, string output, ErrorList errors)
    {
        try
        {
            staging.Add(file);
        }
        // Two pages at one path are already reported (a page slugged "topics", say): only other failures are news.
        catch (IOException e) when (!errors.HasErrors)
        {
            CannotWrite(output, e, errors);
        }
        catch (IOException)
        {
        }
    }

    private BuildResult Succeeded(RenderResult rendered, IReadOnlyList<string> paths, LoadedContent content, int changedFiles,
        ErrorList errors, StageClock clock, long start, string output)
    {
        _memory = rendered.Memory;
        return Result(errors, clock, start, output) with
        {
            PageCount = paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)),
            FileCount = paths.Count + content.Files.Count,
            RenderedPages = rendered.RenderedPages,
            ChangedFiles = changedFiles,
        };
    }

    // In a method of its own so the Markdown sources can be collected once converted, before rendering.
    /// <param name="theme">The site's theme, whose element ids and asset names content may not take; null when it cannot be found.</param>
    /// <returns>The parsed documents, and the checks of every document still to report (<see cref="FinishChecks"/>), null when site.yml turns them off.</returns>
    private (ParsedContent, PendingChecks?) ParseDocuments(StageClock clock, LoadedContent content, ParsedSiteConfig config, ErrorList errors, Theme? theme,
        SiteImages? images, TextSpill? spill)
    {
        var reservedIds = theme is null ? null : ThemeIds.Of(theme);
        var themeNames = theme?.Assets().Select(a => a.RelativePath.Split('/')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var publication = new Publication(options.IncludeDrafts, options.IncludeFuture, options.Now ?? DateTimeOffset.UtcNow);
        if (!ReferenceEquals(config, FallbackConfig)) LanguageFolders.CheckDeclared(content, config.Config, errors);
        var (documents, leftOut) = clock.Time("front matter", () => ContentParser.ReadFrontMatter(content, publication, errors, _sources, themeNames));
        Languages.TranslationKeys.Check(documents, errors);
        var checks = ReferenceEquals(config, FallbackConfig) ? null : _checks.Begin(documents, config.Config, DateOnly.FromDateTime(publication.Now.UtcDateTime));
        int drafts = leftOut.Unpublished.Count - leftOut.Scheduled.Count;
        if (drafts > 0)
            errors.Warn(ContentWarning.OfSite($"{(drafts == 1 ? "1 draft" : $"{drafts} drafts")} not published; build with --drafts to include them"));
        if (leftOut.Scheduled.Count > 0)
            errors.Warn(ContentWarning.OfSite(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{(leftOut.Scheduled.Count == 1 ? "1 article is" : $"{leftOut.Scheduled.Count} articles are")} scheduled for later and not published yet (the next on {leftOut.Scheduled.Values.Min():yyyy-MM-dd}); build with --future to include them")));
        var parsed = clock.Time("markdown", () => ContentParser.ConvertMarkdown(config, documents, leftOut, content, errors, _sources, reservedIds,
            images is null ? null : images.ProblemOf, checks is null ? null : checks.Read, spill));
        return (parsed, checks is null ? null : new PendingChecks(checks, documents));
    }

    /// <summary>The checks of one build, their bodies read, the documents' front matter still to check and every finding to report.</summary>
    private sealed record PendingChecks(Checks.BuildChecks.Pass Pass, IReadOnlyList<SourceDocument> Documents);

    private void FinishChecks(StageClock clock, PendingChecks? checks, ErrorList errors, IBuildListener? listener)
    {
        if (checks is null) return;
        var documents = checks.Documents;
        _findings = clock.Time("check", () => checks.Pass.Finish(errors));
        listener?.Checked(new Checks.SiteFindings(_findings,
            documents.ToDictionary(d => d.SourcePath, d => Render.Pages.PagePlan.OutputOf(d.SitePath), StringComparer.Ordinal),
            documents.Select(d => d.SourcePath).Where(path => _sources?.Edited(path) == true).ToHashSet(StringComparer.Ordinal)));
    }

    private static readonly ParsedSiteConfig FallbackConfig =
        new(new SiteConfig { Title = "", BaseUrl = "http://localhost/" }, null, 1);

    /// <returns>How many files were written besides the pages, or null after reporting why the site could not be.</returns>
    private int? Commit(StagingFolder staging, string output, IReadOnlyList<OutputFile> files, IReadOnlyList<string> paths, IReadOnlyList<StaticFile> copies, ErrorList errors)
    {
        OutputPaths.Check(paths, copies, errors);
        if (errors.HasErrors) return null;
        return Guarded<int?>(output, errors, () =>
        {
            SiteWriter.Fill(staging, files, copies);
            staging.Commit();
            return files.Count + copies.Count;
        });
    }

    /// <returns>The files of the output folder written or deleted, or null after reporting why it could not be.</returns>
    private IReadOnlyList<string>? Update(string output, IReadOnlyList<OutputFile> files, IReadOnlyList<string> paths, IReadOnlyList<StaticFile> copies,
        ChangedPaths changes, ErrorList errors)
    {
        OutputPaths.Check(paths, copies, errors);
        if (errors.HasErrors) return null;
        var copied = _written!.Copied;
        return Guarded(output, errors, () =>
        {
            var (written, changed) = OutputUpdater.Update(output, files, paths, copies, _written!, bytes => Fingerprint.Of(bytes.Span),
                copy => changes.StampOf(copy.SourceFullPath, copied.TryGetValue(copy.OutputPath, out var stamp) ? stamp : null));
            _written = written;
            return changed;
        });
    }

    /// <returns>What <paramref name="write"/> returns, or null when it failed (reported).</returns>
    private T? Guarded<T>(string output, ErrorList errors, Func<T?> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What the folder holds is no longer known: the next build writes it whole.
            _written = null;
            CannotWrite(output, e, errors);
            return default;
        }
    }

    private static void CannotWrite(string output, Exception e, ErrorList errors) =>
        errors.Add(SourcePath.Display(output), 1, 1, "cannot write the site: " + e.Message);

    // The index files the folder holds now: kept while the pages are updated, replaced by the new index after.
    private static IEnumerable<string> IndexFiles(WrittenSite written, SiteConfig config)
    {
        var folders = SearchIndexes.Folders(config).ToList();
        return written.Generated.Keys.Where(p => folders.Any(folder => p.StartsWith(folder, StringComparison.Ordinal)));
    }

    // The pages were written as they rendered: their records keep the fingerprint of what was written.
    private static WrittenSite Written(RenderResult rendered, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies) => new(
        rendered.Memory!.Pages.Select(p => (p.Key, p.Value.Content))
            .Concat(files.Select(f => (Key: f.Path, Content: Fingerprint.Of(f.Content.Span))))
            .ToDictionary(p => p.Key, p => p.Content, StringComparer.Ordinal),
        copies.ToDictionary(c => c.OutputPath, c => FileStamp.Of(c.SourceFullPath), StringComparer.Ordinal));

    private IEnumerable<(string Name, string Folder)> ProtectedFolders(IReadOnlyList<string> themeRoots) =>
        themeRoots.Where(Directory.Exists).Select(root => ("themes", root)).Prepend(("content", options.SourceFolder));

    private BuildResult Result(ErrorList errors, StageClock clock, long start, string output) => new()
    {
        Findings = _findings,
        Errors = errors.Sorted(),
        Warnings = errors.SortedWarnings(),
        Timings = clock.Timings.ToList(),
        Elapsed = Stopwatch.GetElapsedTime(start),
        OutputFolder = output,
    };
}
