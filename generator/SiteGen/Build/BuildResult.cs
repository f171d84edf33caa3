using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>The outcome of a build: what was written, or every error that stopped it.</summary>
public sealed record BuildResult
{
    /// <summary>Errors in the input, sorted by file and position; empty when the build succeeded.</summary>
    public required IReadOnlyList<ContentError> Errors { get; init; }

    /// <summary>What the editor should know that did not fail the build: sorted, each once.</summary>
    public IReadOnlyList<ContentWarning> Warnings { get; init; } = [];

    /// <summary>What <c>sitegen check</c>'s rules found in the published documents (also among <see cref="Warnings"/> or <see cref="Errors"/>); empty when site.yml turns the checks off.</summary>
    public IReadOnlyList<Checks.CheckFinding> Findings { get; init; } = [];

    /// <summary>Why the output folder was refused before anything was built, or null. A usage problem, not a content one.</summary>
    public string? OutputRefused { get; init; }

    public bool Succeeded => OutputRefused is null && Errors.Count == 0;

    /// <summary>HTML pages written.</summary>
    public int PageCount { get; init; }

    /// <summary>All files written, pages and copies.</summary>
    public int FileCount { get; init; }

    /// <summary>Pages rendered by this build: all of them, or in a rebuild those whose inputs changed.</summary>
    public int RenderedPages { get; init; }

    /// <summary>Files of the output folder this build wrote, replaced or deleted (all of them for a full build).</summary>
    public int ChangedFiles { get; init; }

    public required IReadOnlyList<StageTiming> Timings { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>The full path of the output folder.</summary>
    public required string OutputFolder { get; init; }
}
