using System.Globalization;
using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Watch;
using SiteGen.Write;

namespace SiteGen.Cli.Serve;

/// <summary>
/// sitegen serve at work: builds the site (drafts included) into a private folder, serves it, watches
/// the content and theme folders and rebuilds on every change, then reloads open pages or shows them
/// the errors. A failed rebuild leaves the last good site served.
/// </summary>
public sealed class LivePreview : IAsyncDisposable
{
    private BuildSession? _session;
    private bool _verbose;
    // The first build's report is held until it ends, so that a terminal's progress display is not written through;
    // later rebuilds write straight to the terminal.
    private readonly TextWriter _terminalOut;
    private readonly TextWriter _terminalErr;
    private volatile TextWriter _stdout = new StringWriter();
    private volatile TextWriter _stderr = new StringWriter();
    private readonly PreviewFolder _folder;
    private readonly ReloadEvents _events = new();
    private readonly PendingPages _pending = new();
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewServer? _server;
    private RebuildLoop? _loop;
    private SiteWatcher? _watcher;
    private BuildOptions? _options;
    private bool _disposed;

    private LivePreview(TextWriter stdout, TextWriter stderr, PreviewFolder folder)
    {
        _terminalOut = stdout;
        _terminalErr = stderr;
        _folder = folder;
    }

    public Uri Url => Server.Url;

    /// <summary>The folder the site is built into while the preview runs.</summary>
    public string SiteFolder => _folder.Site;

    public ReloadEvents Events => _events;

    /// <summary>Starts serving and returns once the first build has ended. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<LivePreview> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var preview = new LivePreview(stdout, stderr, PreviewFolder.Create());
        try
        {
            await preview.StartAsync(options, cancel);
            return preview;
        }
        catch
        {
            await preview.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(ServeOptions options, CancellationToken cancel)
    {
        _server = await PreviewServer.StartAsync(options.Port, _folder.Site, _events, _pending, _firstBuild.Task, cancel);
        _options = new BuildOptions
        {
            SourceFolder = options.SourceFolder,
            OutputFolder = _folder.Site,
            Theme = options.Theme,
            // Links and absolute URLs (canonical, feeds) point at the preview, so following them stays in it.
            BaseUrl = _server.Url.ToString(),
            IncludeDrafts = true,
            IncludeFuture = true,
            ThemeRoots = options.ThemeRoots,
        };
        // One session for the whole preview: each rebuild parses and renders only what changed.
        _session = new BuildSession(_options, incremental: true)
        {
            StageStarted = stage =>
            {
                if (!_firstBuild.Task.IsCompleted) options.FirstBuildStage?.Invoke(stage);
            },
        };
        _verbose = options.Verbose;
        _loop = new RebuildLoop(RebuildAsync, e => _stderr.WriteLine("sitegen: the rebuild stopped unexpectedly: " + e));
        // The watcher starts before the first build so that an edit made while it runs is not lost;
        // the first build goes through the loop like any other, so builds never overlap.
        _watcher = new SiteWatcher(WatchedFolders.For(_options), _loop.Notify);
        _loop.Notify(Path.GetFullPath(options.SourceFolder));
        await _firstBuild.Task.WaitAsync(cancel);
        if (options.FirstBuildStage is null) ReleaseFirstReport();
    }

    /// <summary>
    /// Prints the first build's report, held while it ran (a terminal's progress display was showing its stages),
    /// and lets later rebuilds print straight away. Called by the preview itself unless it reported stages.
    /// </summary>
    public void ReleaseFirstReport()
    {
        if (ReferenceEquals(_stdout, _terminalOut)) return;
        var (heldOut, heldErr) = (_stdout, _stderr);
        (_stdout, _stderr) = (_terminalOut, _terminalErr);
        _terminalErr.Write(heldErr.ToString());
        _terminalOut.Write(heldOut.ToString());
    }

    private PreviewServer Server => _server ?? throw new InvalidOperationException("The preview has not started.");

    private Task RebuildAsync(IReadOnlyList<string> changed, CancellationToken stop) => Task.Run(() =>
    {
        var listener = new PagesShown(this);
        try
        {
            var result = _session!.Build(changed, listener);
            if (!result.Succeeded) _pending.Clear();
            if (_verbose) listener.PrintTimes(_stdout);
            Report(result, changed, first: !_firstBuild.Task.IsCompleted);
            if (result.Succeeded && _firstBuild.Task.IsCompleted && listener.Findings is { } findings) ReportEdited(findings);
            // Pages that showed the edit ahead of a build that then failed go back to the last good site, with its errors.
            if (!result.Succeeded) _events.Reload(listener.ShownAhead);
            // A rebuild leaves its garbage (the search index's most of all) for the next one's collections,
            // which then pause the render of the page an editor is waiting for. Collected now, while the
            // editor is still typing, the next rebuild starts with an empty young generation.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of SiteGen's, not of the content: say so, and keep serving the last good site.
            _pending.Clear();
            _stderr.WriteLine("sitegen: the build stopped unexpectedly: " + e);
            _events.BuildFailed([new ContentError(SourcePath.Display(Path.GetFullPath(_options!.SourceFolder)), 1, 1, "SiteGen failed unexpectedly (see the terminal): " + e.Message)]);
        }
        finally
        {
            _firstBuild.TrySetResult();
        }
    }, stop);

    /// <summary>
    /// Shows each part of a build to the open pages as soon as it is final: the edited pages from memory while the
    /// rest of the site renders, then every other page the build changed, then the search page once its index follows.
    /// </summary>
    private sealed class PagesShown(LivePreview preview) : IBuildListener
    {
        private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();
        private TimeSpan? _edited;
        private TimeSpan? _written;

        public IReadOnlyList<string> ShownAhead { get; private set; } = [];

        public SiteFindings? Findings { get; private set; }

        // Before the edited pages reload, so that they find their new findings when they connect again.
        public void Checked(SiteFindings findings)
        {
            Findings = findings;
            var byPage = findings.ByPage().ToDictionary(p => p.Key, p => (IReadOnlyList<FindingMessage>)[.. p.Value.Select(preview.Message)], StringComparer.Ordinal);
            preview._events.Checked(byPage, findings.Edited.Select(path => findings.Pages[path]).ToHashSet(StringComparer.Ordinal));
        }

        public void EditedPagesRendered(IReadOnlyList<OutputFile> pages)
        {
            preview._pending.Show(pages);
            ShownAhead = [.. pages.Select(p => p.Path).Order(StringComparer.Ordinal)];
            preview._events.Reload(ShownAhead);
            _edited = System.Diagnostics.Stopwatch.GetElapsedTime(_start);
        }

        public void PagesWritten(IReadOnlyList<string>? changed)
        {
            preview._pending.Clear();
            preview._events.BuildSucceeded(ReloadScope.Of(changed?.Except(ShownAhead, StringComparer.Ordinal)));
            _written = System.Diagnostics.Stopwatch.GetElapsedTime(_start);
        }

        public void SearchIndexWritten(IReadOnlyList<string> changed) => preview._events.Reload(ReloadScope.Of(changed));

        public void PrintTimes(TextWriter output)
        {
            if (_edited is { } edited) output.WriteLine($"  (edited pages shown {Milliseconds(edited)} after the rebuild started)");
            if (_written is { } written) output.WriteLine($"  (pages written {Milliseconds(written)} after the rebuild started)");
        }
    }

    // A finding as the overlay and the terminal name it: at the file as the build's warnings name it.
    private FindingMessage Message(CheckFinding finding) => new(DisplayPath(finding.File), finding.Line, finding.Column, finding.Rule,
        finding.SeverityName, finding.Message, finding.Suggestion);

    private string DisplayPath(string sourcePath) => SourcePath.Display(Path.Combine(_sourceFolder ??= Path.GetFullPath(_options!.SourceFolder), sourcePath));

    // Made full once: a path made full asks the system for the working folder, and every finding is named at every rebuild.
    private string? _sourceFolder;

    // After a rebuild, the findings of each document just edited, so the editor sees what is left to fix as they write.
    private void ReportEdited(SiteFindings findings)
    {
        var byFile = findings.Findings.ToLookup(f => f.File, StringComparer.Ordinal);
        foreach (string file in findings.Edited.Order(StringComparer.Ordinal))
        {
            var found = byFile[file].ToList();
            // As the first build printed them, so an editor's terminal can jump to each.
            foreach (var finding in found)
                _stderr.WriteLine($"{DisplayPath(file)}:{finding.Line}:{finding.Column}: {finding.SeverityName}: {finding.Text}");
            _stdout.WriteLine($"  {DisplayPath(file)}: {(found.Count == 0 ? "no findings" : Count(found.Count, "finding"))} of the content checks");
        }
    }

    private void Report(BuildResult result, IReadOnlyList<string> changed, bool first)
    {
        if (_verbose) BuildReport.PrintTimings(_stdout, result);
        if (result.Succeeded)
        {
            // The first build is a whole build, told as `sitegen build` tells it; a rebuild's milliseconds are the point.
            if (first) BuildReport.PrintWarnings(_stderr, result);
            _stdout.WriteLine(first
                ? $"Built {Count(result.PageCount, "page")} in {BuildReport.Seconds(result.Elapsed)}"
                : $"Rebuilt in {Milliseconds(result.Elapsed)}: {Count(result.RenderedPages, "page")} rendered, {Count(result.ChangedFiles, "file")} changed{Changes(changed)}");
            return;
        }
        var errors = result.OutputRefused is { } refused ? [new ContentError(SourcePath.Display(result.OutputFolder), 1, 1, refused)] : result.Errors;
        foreach (var error in errors) _stderr.WriteLine(error);
        _stderr.WriteLine($"Build failed: {Count(errors.Count, "error")}; {(_events.Builds > 0 ? "still serving the last good site" : "nothing to serve until they are fixed")}");
        _events.BuildFailed(errors);
    }

    private static string Changes(IReadOnlyList<string> changed) => changed.Count switch
    {
        0 => "",
        1 => $" ({SourcePath.Display(changed[0])})",
        _ => $" ({SourcePath.Display(changed[0])} and {Count(changed.Count - 1, "more change")})",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Milliseconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _watcher?.Dispose();
        if (_loop is not null) await _loop.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }
}
