using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>
/// Writes a built site atomically: everything goes into a fresh staging folder beside the output
/// folder, which replaces the output folder only once all of it is written. A failed build leaves the
/// previous site as it was; readers of a served folder never see half a site.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes <paramref name="files"/> and copies <paramref name="copies"/>, then swaps the result in. Throws on I/O failure, leaving the old output.</summary>
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies)
    {
        string output = OutputSafety.Normalize(outputFolder);
        string parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent folder.");
        Directory.CreateDirectory(parent);
        string staging = Sibling(output, "staging");
        Directory.CreateDirectory(staging);
        try
        {
            Fill(staging, files, copies);
            Swap(staging, output);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>output/../.output.staging-k3j2x: the same file system as the output folder, so the final renames are atomic.</summary>
    public static string Sibling(string output, string purpose) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{purpose}-{Path.GetRandomFileName().Replace(".", "")}");

    private static void Fill(string staging, IReadOnlyList<OutputFile> files, IReadOnlyList<StaticFile> copies)
    {
        var folders = files.Select(f => f.Path).Concat(copies.Select(c => c.OutputPath))
            .Select(p => Path.GetDirectoryName(Inside(staging, p)))
            .Distinct(StringComparer.Ordinal);
        foreach (string? folder in folders) if (folder is not null) Directory.CreateDirectory(folder);

        try
        {
            Parallel.ForEach(files, file =>
            {
                using var stream = new FileStream(Inside(staging, file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
                stream.Write(file.Content.Span);
            });
            Parallel.ForEach(copies, copy => File.Copy(copy.SourceFullPath, Inside(staging, copy.OutputPath)));
        }
        catch (AggregateException e)
        {
            // Callers handle the I/O error itself (disk full, file vanished), as a sequential write would raise it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        File.WriteAllText(Path.Combine(staging, OutputSafety.MarkerFileName), OutputSafety.MarkerText);
    }

    private static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        string old = Sibling(output, "old");
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    /// <summary>The full path of an output-relative path, refusing any that would land outside the folder.</summary>
    public static string Inside(string folder, string relativePath)
    {
        if (OutputPaths.Problem(relativePath) is { } problem) throw new InvalidOperationException($"Output path '{relativePath}' {problem}.");
        string full = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!OutputSafety.IsInside(full, folder)) throw new InvalidOperationException($"Output path '{relativePath}' leaves the output folder.");
        return full;
    }
}
