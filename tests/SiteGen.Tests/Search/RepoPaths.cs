using System.Runtime.CompilerServices;

namespace SiteGen.Tests.Search;

/// <summary>Files of the repository the tests read, found from this source file's own location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SearchScript(string name) => Path.Combine(Root, "themes", "default", "assets", "js", name);

    public static string TestFile(string name) => Path.Combine(Root, "tests", "SiteGen.Tests", "Search", name);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + sourceFile);
    }
}
