namespace SiteGen.Tests.Support;

/// <summary>Where a program is on PATH, for tests that need one installed (node, clang).</summary>
public static class ProgramPath
{
    /// <summary>The first file named <paramref name="name"/> in a folder of PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
