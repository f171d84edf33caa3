namespace SiteGen.Checks.Formats;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…,title=…::message</c>), so a
/// pull request shows each finding on its line. Paths are given from the repository's root, as GitHub wants.
/// </summary>
public static class GithubFormat
{
    /// <param name="contentFolder">The content folder as given on the command line, joined to each finding's file.</param>
    public static string Write(CheckReport report, string contentFolder)
    {
        var lines = new System.Text.StringBuilder();
        string prefix = contentFolder.Replace('\\', '/').TrimEnd('/');
        foreach (var f in report.Findings)
        {
            string message = f.Suggestion is null ? f.Message : $"{f.Message} ({f.Suggestion})";
            lines.Append("::").Append(f.SeverityName)
                .Append(" file=").Append(Property(prefix.Length == 0 || prefix == "." ? f.File : $"{prefix}/{f.File}"))
                .Append(",line=").Append(f.Line).Append(",col=").Append(f.Column)
                .Append(",title=").Append(Property(f.Rule))
                .Append("::").Append(Data(message)).Append('\n');
        }
        return lines.ToString();
    }

    // The escapes GitHub's workflow commands define for a message and for a property's value.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
