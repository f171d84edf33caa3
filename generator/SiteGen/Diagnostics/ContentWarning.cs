namespace SiteGen.Diagnostics;

/// <summary>
/// Something an editor should know that does not stop the build: printed, never failing it. Most are at a place
/// in a file; some are about the whole site (<see cref="File"/> null).
/// </summary>
public sealed record ContentWarning(string? File, int Line, int Column, string Message)
{
    public static ContentWarning OfSite(string message) => new(null, 0, 0, message);

    /// <summary>The rule of <c>sitegen check</c> that found it, or null for the build's own warnings.</summary>
    public string? CheckRule { get; init; }

    public override string ToString() => File is null ? $"sitegen: warning: {Message}" : $"{File}:{Line}:{Column}: warning: {Message}";
}
