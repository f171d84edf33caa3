namespace SiteGen.Watch;

/// <summary>
/// Watches folders (and everything below them) for changes that may change the built site, leaving
/// out editors' temporary files. Tells <c>changed</c> the full path of each changed file or folder.
/// A folder's parent is watched too, for the folder itself: one deleted and made again (a git checkout, a
/// restored backup), or one that did not exist yet, is watched from when it appears.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    // Large enough for a git checkout of a few thousand files between two reads of the kernel's queue.
    private const int BufferBytes = 64 * 1024;

    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Action<string> _changed;
    private bool _disposed;

    /// <summary>Starts watching the folders that exist, and for each the appearance of it in its parent.</summary>
    public SiteWatcher(IEnumerable<string> folders, Action<string> changed)
    {
        _changed = changed;
        foreach (string folder in folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            if (Directory.Exists(folder)) _watchers[folder] = Watch(folder);
            if (WatchParent(folder) is { } parent) _parents.Add(parent);
        }
    }

    /// <summary>The folders being watched, as full paths.</summary>
    public IReadOnlyList<string> Folders
    {
        get
        {
            lock (_watchers) return _watchers.Keys.Order(StringComparer.Ordinal).ToList();
        }
    }

    private FileSystemWatcher? WatchParent(string folder)
    {
        string? parent = Path.GetDirectoryName(folder);
        if (parent is null || !Directory.Exists(parent)) return null;
        var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder))
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        watcher.Created += (_, _) => Appeared(folder);
        watcher.Renamed += (_, e) =>
        {
            if (string.Equals(e.FullPath, folder, StringComparison.Ordinal)) Appeared(folder);
            else _changed(folder);
        };
        watcher.Deleted += (_, _) => _changed(folder);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    // The folder is new: its old watcher (if any) watched a folder that is gone.
    private void Appeared(string folder)
    {
        lock (_watchers)
        {
            if (_disposed) return;
            if (_watchers.Remove(folder, out var old)) old.Dispose();
            if (Directory.Exists(folder)) _watchers[folder] = Watch(folder);
        }
        _changed(folder);
    }

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
        foreach (var parent in _parents) parent.Dispose();
        _parents.Clear();
        lock (_watchers)
        {
            _disposed = true;
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }
    }
}
