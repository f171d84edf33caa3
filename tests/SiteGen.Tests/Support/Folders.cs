namespace SiteGen.Tests.Support;

/// <summary>Whole folders, for tests that copy a site's files or compare two builds' outputs.</summary>
public static class Folders
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file of a folder, relative, in ordinal order.</summary>
    public static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Asserts that two folders hold the same files with the same bytes, naming the first file that differs.</summary>
    public static void AssertSame(string expected, string actual)
    {
        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        foreach (string file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
    }
}
