using System.Runtime.CompilerServices;

namespace SiteGen.ScribanConformance;

/// <summary>Finds the Scriban conformance corpus beside the repository and reads its index and files.</summary>
public static class ConformanceCorpus
{
    public static string Root { get; } = Locate();

    // Test binaries may live anywhere (--artifacts-path); this file's own path locates the repository.
    private static string Locate([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "shared", "scriban-conformance"));

    public static IReadOnlyList<ConformanceCase> Cases() => File.ReadLines(Path.Combine(Root, "cases.tsv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(f => new ConformanceCase(f[0], f[1], f[2], f[3], f[4] == "error", f[5]))
        .ToList();

    /// <summary>Reads a corpus file as UTF-8 without its BOM, line endings unified to LF.</summary>
    public static string Read(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Root, relativePath));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n");
    }
}
