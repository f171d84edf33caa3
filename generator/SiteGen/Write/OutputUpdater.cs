using SiteGen.Load;
using SiteGen.Model;

namespace SiteGen.Write;

/// <summary>
/// Brings an output folder SiteGen wrote up to date in place: writes the files whose bytes changed,
/// copies the content files whose source changed, deletes the files the site no longer has (and the
/// folders they leave empty). Each file is replaced whole (written beside it, then renamed), so a server
/// reading the folder never sees half a file. Used by rebuilds during a preview, where a site swap for one edit
/// would cost more than the edit.
/// </summary>
public static class OutputUpdater
{
    /// <param name="files">Generated files that may have changed; files of <paramref name="kept"/> not among them are left as they are.</param>
    /// <param name="kept">Every generated file of the site, written now or before.</param>
    /// <param name="fingerprint">The fingerprint of a file's bytes, as <see cref="WrittenSite.Generated"/> holds them.</param>
    /// <param name="stampOf">The stamp of a content file's source now (see <see cref="FileStamp.Of"/>), or the one it had when known unchanged.</param>
    /// <returns>What the folder holds afterwards, and the files written or deleted (in no set order).</returns>
    public static (WrittenSite Written, IReadOnlyList<string> Changed) Update(string outputFolder, IReadOnlyList<OutputFile> files, IReadOnlyCollection<string> kept,
        IReadOnlyList<StaticFile> copies, WrittenSite previous, Func<ReadOnlyMemory<byte>, ulong> fingerprint, Func<StaticFile, FileStamp> stampOf)
    {
        var generated = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (string path in kept)
            if (previous.Generated.TryGetValue(path, out ulong print)) generated[path] = print;
        var toWrite = new List<OutputFile>();
        foreach (var file in files)
        {
            ulong print = fingerprint(file.Content);
            if (!previous.Generated.TryGetValue(file.Path, out ulong before) || before != print) toWrite.Add(file);
            generated[file.Path] = print;
        }

        var copied = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var toCopy = new List<StaticFile>();
        foreach (var copy in copies)
        {
            var stamp = stampOf(copy);
            if (!previous.Copied.TryGetValue(copy.OutputPath, out var before) || before != stamp) toCopy.Add(copy);
            copied[copy.OutputPath] = stamp;
        }

        var gone = previous.Generated.Keys.Concat(previous.Copied.Keys)
            .Where(p => !generated.ContainsKey(p) && !copied.ContainsKey(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Parallel.ForEach(toWrite, file => Replace(outputFolder, file.Path, temp => File.WriteAllBytes(temp, file.Content.ToArray())));
        Parallel.ForEach(toCopy, copy => Replace(outputFolder, copy.OutputPath, temp => File.Copy(copy.SourceFullPath, temp)));
        foreach (string path in gone) Delete(outputFolder, path);
        return (new WrittenSite(generated, copied), [.. toWrite.Select(f => f.Path), .. toCopy.Select(c => c.OutputPath), .. gone]);
    }

    private static void Replace(string outputFolder, string relativePath, Action<string> writeTo)
    {
        string target = Path.Combine(outputFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".sitegen-new");
        writeTo(temp);
        File.Move(temp, target, overwrite: true);
    }

    private static void Delete(string outputFolder, string relativePath)
    {
        string target = Path.Combine(outputFolder, relativePath);
        if (File.Exists(target)) File.Delete(target);
        // A full build would not have the folders that only held what is gone.
        string root = Path.GetFullPath(outputFolder);
        for (string? folder = Path.GetDirectoryName(Path.GetFullPath(target));
             folder is not null && folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();
             folder = Path.GetDirectoryName(folder))
            Directory.Delete(folder);
    }
}
