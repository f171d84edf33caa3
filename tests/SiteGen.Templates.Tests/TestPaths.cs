using System.Reflection;

namespace SiteGen.Templates.Tests;

/// <summary>Locates the repository (the folder with SiteGen.sln) from the test assembly or its recorded source folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Locate();

    private static string Locate()
    {
        var sourceDirectory = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, sourceDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Cannot find the folder holding SiteGen.sln above " + AppContext.BaseDirectory);
    }
}
