using System.Globalization;
using SiteGen.Build;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// Runs a build and tells the user about it: a live stage display on a terminal, errors one per line
/// on stderr, then one summary line ("Built 123 pages in 1.2 s" / "Build failed: 3 errors").
/// </summary>
public sealed class BuildReport(TextWriter stdout, TextWriter stderr, bool quiet, bool verbose)
{
    public ExitCode Run(BuildOptions options)
    {
        var result = ShowsProgress() ? RunWithProgress(options) : new SiteBuilder().Build(options);

        if (result.OutputRefused is { } refused)
        {
            stderr.WriteLine($"sitegen: {result.OutputFolder}: {refused}");
            return ExitCode.Usage;
        }
        // Warnings are for the person who builds; --quiet prints errors only.
        if (!quiet) PrintWarnings(stderr, result);
        bool snippets = ShowsSourceSnippets();
        foreach (var error in result.Errors)
        {
            stderr.WriteLine(error);
            if (!snippets) continue;
            foreach (string line in SourceSnippet.For(error, SourceSnippet.ReadLines)) stderr.WriteLine(line);
            stderr.WriteLine();
        }
        if (verbose) PrintTimings(stdout, result);
        if (!result.Succeeded)
        {
            if (!quiet) stderr.WriteLine($"Build failed: {Count(result.Errors.Count, "error")}");
            return ExitCode.ContentErrors;
        }
        string warned = result.Warnings.Count > 0 ? $" ({Count(result.Warnings.Count, "warning")})" : "";
        if (!quiet) stdout.WriteLine($"Built {Count(result.PageCount, "page")} in {Seconds(result.Elapsed)}{warned}");
        return ExitCode.Success;
    }

    /// <summary>The findings of the content checks a build prints before it points to <c>sitegen check</c> for the rest.</summary>
    public const int ShownFindings = 50;

    // A site that adopts SiteGen may start with thousands of findings (no article reviewed yet): the build's own
    // warnings stay visible above a screenful of them and a pointer to the full list.
    public static void PrintWarnings(TextWriter stderr, BuildResult result)
    {
        foreach (var warning in result.Warnings.Where(w => w.CheckRule is null)) stderr.WriteLine(warning);
        var findings = result.Warnings.Where(w => w.CheckRule is not null).ToList();
        foreach (var warning in findings.Take(ShownFindings)) stderr.WriteLine(warning);
        if (findings.Count > ShownFindings)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sitegen: {findings.Count - ShownFindings:N0} more findings of the content checks; `sitegen check` lists them all, and site.yml's check: {{ build: off }} leaves them out of builds"));
    }

    // Only a person at a terminal wants a live display; logs and pipes get plain lines.
    private bool ShowsProgress() => !quiet && !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out);

    // The source under each error is for a person reading a terminal; a log, a pipe or --quiet gets one line an error.
    private bool ShowsSourceSnippets() => !quiet && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);

    private static BuildResult RunWithProgress(BuildOptions options)
    {
        BuildResult? result = null;
        AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Building", context =>
        {
            var builder = new SiteBuilder() { StageStarted = stage => context.Status($"Building: {stage}") };
            result = builder.Build(options);
        });
        return result!;
    }

    /// <summary>One line per stage of the build: wall and processor time, memory allocated and garbage collection pauses
    /// (sitegen build --verbose, sitegen serve --verbose).</summary>
    public static void PrintTimings(TextWriter stdout, BuildResult result)
    {
        foreach (var timing in result.Timings)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {timing.Stage,-14} {timing.Elapsed.TotalMilliseconds,8:0} ms  (processor {timing.ProcessorTime.TotalMilliseconds,6:0} ms, allocated {timing.Allocated / 1048576.0,6:0} MiB, collections {timing.CollectorPause.TotalMilliseconds,5:0} ms)"));
        string conserving = GC.GetConfigurationVariables().TryGetValue("GCConserveMem", out var level) && Convert.ToInt64(level, System.Globalization.CultureInfo.InvariantCulture) > 0
            ? $", conserving memory at level {level}" : "";
        stdout.WriteLine($"  (garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}{conserving}, {GC.CollectionCount(0)} collections, {GC.CollectionCount(2)} full)");
        // What the peak is made of: the managed heap (live objects and garbage not yet collected) or memory outside it.
        var heap = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  (memory: heap {heap.HeapSizeBytes / 1048576.0:0} MiB after the last collection, {heap.PromotedBytes / 1048576.0:0} MiB of it kept; committed {heap.TotalCommittedBytes / 1048576.0:0} MiB; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB)"));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");
}
