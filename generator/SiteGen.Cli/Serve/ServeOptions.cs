namespace SiteGen.Cli.Serve;

/// <summary>What sitegen serve previews and where: the command line's options, with its defaults.</summary>
public sealed record ServeOptions
{
    public const int DefaultPort = 4000;

    /// <summary>The content folder holding site.yml, articles/ and pages/.</summary>
    public string SourceFolder { get; init; } = "content";

    /// <summary>A theme name that wins over site.yml's.</summary>
    public string? Theme { get; init; }

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Open the preview in the system's browser once it serves.</summary>
    public bool Open { get; init; }

    /// <summary>
    /// Told each stage of the first build as it starts, for a terminal's progress display; the first build's report
    /// then waits for <see cref="LivePreview.ReleaseFirstReport"/>, once the display is gone.
    /// </summary>
    public Action<string>? FirstBuildStage { get; init; }

    /// <summary>Print how long each stage of every build took.</summary>
    public bool Verbose { get; init; }

    /// <summary>Folders searched for themes by name, in order; null for the build's usual ones.</summary>
    public IReadOnlyList<string>? ThemeRoots { get; init; }
}
