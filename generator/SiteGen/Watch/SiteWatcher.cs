namespace SiteGen.Watch;

/// <summary>
/// Watches folders (and everything below them) for changes that may change the built site, leaving
/// out editors' temporary files. Tells <c>changed</c> the full path of each changed file or folder.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    // Large enough for a git checkout of a few thousand files between two reads of the kernel's queue.
    private const int BufferBytes = 64 * 1024;

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _changed;

    /// <summary>Starts watching the folders that exist; missing ones are skipped.</summary>
    public SiteWatcher(IEnumerable<string> folders, Action<string> changed)
    {
        _changed = changed;
        foreach (string folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
            _watchers.Add(Watch(folder));
    }

    /// <summary>The folders being watched, as full paths.</summary>
    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToList();

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = BufferBytes,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        // Events were lost (the queue overflowed): something changed, so rebuild rather than miss it.
        watcher.Error += (_, _) => _changed(folder);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Report(string path)
    {
        if (!EditorTempFiles.IsTemporary(path)) _changed(path);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
    }
}
