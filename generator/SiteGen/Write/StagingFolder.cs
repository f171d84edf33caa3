using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>
/// A fresh folder beside the output folder (output/../.output.staging-k3j2x) that a build fills and
/// then swaps in for the output folder on <see cref="Commit"/>; disposed uncommitted, it is deleted
/// and the output folder is untouched. Files may be added from many threads as they are produced, so
/// a stage can write pages as it renders them instead of holding them all.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private bool _committed;

    private StagingFolder(string output, string path)
    {
        _output = output;
        Path = path;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    public static StagingFolder Create(string outputFolder)
    {
        string output = OutputSafety.Normalize(outputFolder);
        string parent = System.IO.Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent folder.");
        Directory.CreateDirectory(parent);
        var staging = new StagingFolder(output, Sibling(output, "staging"));
        Directory.CreateDirectory(staging.Path);
        return staging;
    }

    /// <summary>Writes a generated file; a second file at the same path is an error, not an overwrite.</summary>
    public void Add(OutputFile file)
    {
        using var stream = new FileStream(Target(file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        stream.Write(file.Content.Span);
    }

    public void Copy(StaticFile file) => File.Copy(file.SourceFullPath, Target(file.OutputPath));

    /// <summary>Marks the folder as SiteGen's and puts it in the output folder's place (rename old away, rename new in, delete old).</summary>
    public void Commit()
    {
        File.WriteAllText(System.IO.Path.Combine(Path, OutputSafety.MarkerFileName), OutputSafety.MarkerText);
        if (Directory.Exists(_output))
        {
            string old = Sibling(_output, "old");
            Directory.Move(_output, old);
            try
            {
                Directory.Move(Path, _output);
            }
            catch
            {
                Directory.Move(old, _output);
                throw;
            }
            _committed = true;
            Directory.Delete(old, recursive: true);
        }
        else
        {
            Directory.Move(Path, _output);
            _committed = true;
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    // A sibling is on the output folder's file system, so the renames of Commit are atomic.
    private static string Sibling(string output, string purpose) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.{purpose}-{System.IO.Path.GetRandomFileName().Replace(".", "")}");

    /// <summary>The full path of an output-relative path, refusing any that would land outside the folder.</summary>
    private string Target(string relativePath)
    {
        if (OutputPaths.Problem(relativePath) is { } problem) throw new InvalidOperationException($"Output path '{relativePath}' {problem}.");
        string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        if (!OutputSafety.IsInside(full, Path)) throw new InvalidOperationException($"Output path '{relativePath}' leaves the output folder.");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
