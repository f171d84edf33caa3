using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The lines of source around an error with a caret under its column, as compilers show them on a terminal:
/// <code>
///    4 | topics: [trust
///    5 | ---
///      | ^
/// </code>
/// </summary>
public static class SourceSnippet
{
    /// <summary>The snippet's lines, or none when the file cannot be read or has no such line.</summary>
    /// <param name="readLines">Reads a file's lines, or null when it cannot.</param>
    public static IReadOnlyList<string> For(ContentError error, Func<string, IReadOnlyList<string>?> readLines, int before = 2)
    {
        var lines = readLines(error.File);
        if (lines is null || error.Line < 1 || error.Line > lines.Count) return [];
        int first = Math.Max(1, error.Line - before);
        int width = error.Line.ToString().Length;
        var snippet = new List<string>();
        for (int n = first; n <= error.Line; n++) snippet.Add($"{n.ToString().PadLeft(width)} | {lines[n - 1]}");
        string line = lines[error.Line - 1];
        // Tabs stay tabs under the text, so the caret lines up however the terminal draws them.
        string lead = string.Concat(line.Take(Math.Max(0, error.Column - 1)).Select(c => c == '\t' ? '\t' : ' '));
        snippet.Add($"{new string(' ', width)} | {lead}^");
        return snippet;
    }

    /// <summary>A file's lines, or null when it is not a readable text file of reasonable size.</summary>
    public static IReadOnlyList<string>? ReadLines(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length <= 5 * 1024 * 1024 ? File.ReadAllLines(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
