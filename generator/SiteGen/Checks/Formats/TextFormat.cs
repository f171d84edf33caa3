namespace SiteGen.Checks.Formats;

/// <summary>The terminal's format: one line per finding (<c>file:line:column: warning [rule] message (suggestion)</c>), then the summary.</summary>
public static class TextFormat
{
    /// <param name="contentFolder">The content folder as given on the command line, so a path opens from where the command ran.</param>
    public static string Write(CheckReport report, string contentFolder)
    {
        string prefix = contentFolder.Replace('\\', '/').TrimEnd('/');
        var text = new System.Text.StringBuilder();
        foreach (var f in report.Findings)
            text.Append(prefix.Length == 0 || prefix == "." ? "" : prefix + "/").Append(f).Append('\n');
        return text.Append(report.Summary()).Append('\n').ToString();
    }
}
