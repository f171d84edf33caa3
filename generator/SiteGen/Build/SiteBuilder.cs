using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.PostProcess.Search;
using SiteGen.Render;
using SiteGen.Render.Themes;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Builds a site: load → config → front matter → markdown → model → theme → render → search → write, each
/// stage timed. Every content error is collected before stopping; the theme and templates are
/// checked once the content is clean; the output folder is replaced only when there are no errors.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Called with a stage's name as it starts (for progress displays).</summary>
    public Action<string>? StageStarted { get; init; }

    public BuildResult Build(BuildOptions options)
    {
        long start = Stopwatch.GetTimestamp();
        var clock = new StageClock(StageStarted);
        var errors = new ErrorList();
        string output = OutputSafety.Normalize(options.OutputFolder);
        var themeRoots = options.ThemeRoots ?? ThemeLocator.DefaultRoots(options.SourceFolder);

        if (OutputSafety.Problem(output, ProtectedFolders(options, themeRoots)) is { } refused)
            return Result(errors, clock, start, output) with { OutputRefused = refused };

        var content = clock.Time("load", () => ContentLoader.Load(options.SourceFolder, errors));
        var config = clock.Time("config", () => content.SiteConfig is null ? null : SiteConfigParser.Parse(content.SiteConfig, errors, options.BaseUrl, options.Theme));
        // Without a usable site.yml the documents are still checked, so one run reports every error.
        var parsed = ParseDocuments(clock, content, config ?? FallbackConfig, options.IncludeDrafts, errors);
        var site = clock.Time("model", () => ModelBuilder.Build(parsed.Config, parsed.Articles, parsed.Pages, content.Files));
        // Rendering broken content only repeats its errors (a missing article is also a broken link on the page).
        if (config is null || errors.HasErrors) return Result(errors, clock, start, output);

        var theme = clock.Time("theme", () => ThemeLocator.Locate(config.Config.Theme, themeRoots, errors, content.SiteConfig!.DisplayPath));
        if (theme is null) return Result(errors, clock, start, output);
        var rendered = clock.Time("render", () => SiteRenderer.RenderSite(site, theme, errors, options.SourceFolder));
        if (errors.HasErrors) return Result(errors, clock, start, output);
        var files = rendered.Files;
        // The index serves the theme's search page (the renderer read the pages only for such a theme).
        if (rendered.SearchPages is { } searchPages) files = [.. files, .. clock.Time("search", () => SearchIndexWriter.Write(searchPages))];

        clock.Time("write", () => Write(output, files, content.Files, errors));
        return Result(errors, clock, start, output) with
        {
            PageCount = errors.HasErrors ? 0 : files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            FileCount = errors.HasErrors ? 0 : files.Count + content.Files.Count,
        };
    }

    // In a method of its own so the Markdown sources can be collected once converted, before rendering.
    private static ParsedContent ParseDocuments(StageClock clock, LoadedContent content, ParsedSiteConfig config, bool includeDrafts, ErrorList errors)
    {
        var (documents, unpublished) = clock.Time("front matter", () => ContentParser.ReadFrontMatter(content, includeDrafts, errors));
        return clock.Time("markdown", () => ContentParser.ConvertMarkdown(config, documents, unpublished, content, errors));
    }

    private static readonly ParsedSiteConfig FallbackConfig =
        new(new SiteConfig { Title = "", BaseUrl = "http://localhost/" }, null, 1);

    private static void Write(string output, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies, ErrorList errors)
    {
        OutputPaths.Check(files, copies, errors);
        if (errors.HasErrors) return;
        try
        {
            SiteWriter.Write(output, files, copies);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(SourcePath.Display(output), 1, 1, "cannot write the site: " + e.Message);
        }
    }

    private static IEnumerable<(string Name, string Folder)> ProtectedFolders(BuildOptions options, IReadOnlyList<string> themeRoots) =>
        themeRoots.Where(Directory.Exists).Select(root => ("themes", root)).Prepend(("content", options.SourceFolder));

    private static BuildResult Result(ErrorList errors, StageClock clock, long start, string output) => new()
    {
        Errors = errors.Sorted(),
        Timings = clock.Timings.ToList(),
        Elapsed = Stopwatch.GetElapsedTime(start),
        OutputFolder = output,
    };
}
