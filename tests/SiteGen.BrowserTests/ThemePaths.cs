using System.Runtime.CompilerServices;

namespace SiteGen.BrowserTests;

/// <summary>The repository root, found from this source file's location, for the theme's assets.</summary>
internal static class ThemePaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + sourceFile);
    }
}
