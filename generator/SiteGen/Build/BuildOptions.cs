namespace SiteGen.Build;

/// <summary>What to build and where: the command line's options, with its defaults.</summary>
public sealed record BuildOptions
{
    /// <summary>The content folder holding site.yml, articles/ and pages/.</summary>
    public string SourceFolder { get; init; } = "content";

    /// <summary>The folder the site is written to; replaced whole by a successful build.</summary>
    public string OutputFolder { get; init; } = "output";

    /// <summary>A theme name that wins over site.yml's.</summary>
    public string? Theme { get; init; }

    /// <summary>A base URL that wins over site.yml's (e.g. a preview deployment's).</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Also publish articles dated later than <see cref="Now"/> (they are held back until their date otherwise).</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>The moment the build publishes for; null for the clock's.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Where encoded images are kept between builds; null for .sitegen-cache beside the content folder.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>Folders searched for themes by name, in order; null for themes/ beside the content folder, then the themes shipped with SiteGen.</summary>
    public IReadOnlyList<string>? ThemeRoots { get; init; }

    /// <summary>
    /// Bytes of text (bodies, searchable text) a full build keeps in memory between stages before it keeps the rest in a
    /// temporary file (<see cref="Model.TextSpill"/>). The output is the same either way.
    /// </summary>
    public long TextInMemory { get; init; } = Model.TextSpill.DefaultBudget;
}
