namespace SiteGen.Checks;

/// <summary>How much a finding matters: <see cref="Off"/> rules do not run.</summary>
public enum CheckSeverity { Off, Warning, Error }

/// <summary>One thing to fix, at its place in the Markdown source (front matter included).</summary>
/// <param name="File">Relative to the content folder, with '/' separators.</param>
/// <param name="Suggestion">What to write instead, or null.</param>
public sealed record CheckFinding(string File, int Line, int Column, string Rule, CheckSeverity Severity, string Message, string? Suggestion)
{
    /// <summary>"[rule] message (suggestion)": the finding as a build's warning and the preview's terminal say it.</summary>
    public string Text => $"[{Rule}] {Message}{(Suggestion is null ? "" : $" ({Suggestion})")}";

    public string SeverityName => Severity == CheckSeverity.Error ? "error" : "warning";

    public override string ToString() => $"{File}:{Line}:{Column}: {SeverityName} {Text}";
}
