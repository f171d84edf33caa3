using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>Checks the paths a build wants to write before anything is written.</summary>
public static class OutputPaths
{
    /// <summary>Why a path cannot be written inside the output folder, or null.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0 || path.EndsWith('/')) return "is not a file name";
        if (path.StartsWith('/') || path.Contains('\\') || Path.IsPathRooted(path) || path.Contains(':')) return "must be relative with '/' separators";
        if (path.Split('/').Any(part => part is "" or "." or "..")) return "must not contain empty, '.' or '..' parts";
        return null;
    }

    /// <summary>Reports paths that are invalid or written twice (a generated page and a copied file at one place, say).</summary>
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies, ErrorList errors) =>
        Check(files.Select(f => f.Path), copies, errors);

    /// <summary>As above, given the paths of the generated files.</summary>
    public static void Check(IEnumerable<string> generated, IReadOnlyList<StaticFile> copies, ErrorList errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var all = generated.Select(path => (Path: path, From: "generated")).Concat(copies.Select(c => (Path: c.OutputPath, From: SourcePath.Display(c.SourceFullPath))));
        foreach (var (path, from) in all)
        {
            if (Problem(path) is { } problem) errors.Add(from, 1, 1, $"output path '{path}' {problem}");
            else if (path == OutputSafety.MarkerFileName) errors.Add(from, 1, 1, $"'{path}' is a name SiteGen keeps for itself");
            else if (seen.TryGetValue(path, out string? first)) errors.Add(from, 1, 1, $"two files would be written to '{path}' ({first} and {from})");
            else seen[path] = from;
        }
    }
}
