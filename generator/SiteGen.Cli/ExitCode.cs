namespace SiteGen.Cli;

/// <summary>What the sitegen process returns, for scripts and CI.</summary>
public enum ExitCode
{
    Success = 0,

    /// <summary>The site's content, configuration or templates have errors; nothing was written.</summary>
    ContentErrors = 1,

    /// <summary>The command line itself is wrong (unknown option, missing argument, refused output folder).</summary>
    Usage = 2,
}
