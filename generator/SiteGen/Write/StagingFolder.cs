using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>
/// A fresh folder beside the output folder (output/../.output.staging-k3j2x) that a build fills and
/// then swaps in for the output folder on <see cref="Commit"/>; disposed uncommitted, it is deleted
/// and the output folder is untouched. Files may be added from many threads as they are produced, so
/// a stage can write pages as it renders them instead of holding them all.
/// While it exists it holds a lock beside the output folder, so two builds never swap into one
/// folder at once, and folders left behind by a build that was killed can be cleared safely.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly FileStream _lock;
    // Folders already made: asking the file system again for every page cost as much as writing some pages.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string output, string path, FileStream outputLock)
    {
        _output = output;
        Path = path;
        _lock = outputLock;
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    public static StagingFolder Create(string outputFolder)
    {
        string output = OutputSafety.Normalize(outputFolder);
        string parent = System.IO.Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent folder.");
        Directory.CreateDirectory(parent);
        var outputLock = Lock(output);
        RemoveLeftovers(output);
        var staging = new StagingFolder(output, Sibling(output, "staging"), outputLock);
        Directory.CreateDirectory(staging.Path);
        return staging;
    }

    private static FileStream Lock(string output)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        // Only a lock held elsewhere means another build; a read-only or full disk says what it is.
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new IOException($"another build is writing to {output}; wait for it to finish");
        }
        catch (IOException e)
        {
            throw new IOException($"cannot create {path}: {e.Message}", e);
        }
    }

    // EWOULDBLOCK on Unix (the flock that FileShare.None takes), a sharing or lock violation on Windows.
    internal static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 || (e.HResult & 0xFFFF) is 32 or 33;

    // Staging and old folders of this output that a killed build could not remove; with the lock
    // held, no running build owns them.
    private static void RemoveLeftovers(string output)
    {
        string parent = System.IO.Path.GetDirectoryName(output)!;
        string name = System.IO.Path.GetFileName(output);
        FolderSwap.Recover(output, Directory.EnumerateDirectories(parent, $".{name}.old-*").ToList());
        foreach (string purpose in new[] { "staging", "old" })
            foreach (string dir in Directory.EnumerateDirectories(parent, $".{name}.{purpose}-*"))
                Directory.Delete(dir, recursive: true);
    }

    /// <summary>Writes a generated file; a second file at the same path is an error, not an overwrite.</summary>
    public void Add(OutputFile file)
    {
        using var stream = new FileStream(Target(file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        stream.Write(file.Content.Span);
    }

    public void Copy(StaticFile file) => File.Copy(file.SourceFullPath, Target(file.OutputPath));

    /// <summary>Marks the folder as SiteGen's and puts it in the output folder's place, then deletes the old site.</summary>
    public void Commit()
    {
        File.WriteAllText(System.IO.Path.Combine(Path, OutputSafety.MarkerFileName), OutputSafety.MarkerText);
        if (Directory.Exists(_output))
        {
            // After the exchange the staging path holds the old site, which Dispose deletes like any leftover.
            FolderSwap.Exchange(Path, _output, Sibling(_output, "old"));
            _committed = true;
            Directory.Delete(Path, recursive: true);
        }
        else
        {
            Directory.Move(Path, _output);
            _committed = true;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        finally
        {
            _lock.Dispose();
        }
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
        string folder = System.IO.Path.GetDirectoryName(full)!;
        // Marked only once made, so no thread writes into a folder another is still creating.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }
        return full;
    }
}
