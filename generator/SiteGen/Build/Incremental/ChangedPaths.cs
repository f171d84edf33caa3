using SiteGen.Load;

namespace SiteGen.Build.Incremental;

/// <summary>
/// What changed on disk since the last build, as a file watcher saw it: files and folders by full path.
/// A file counts as changed when it, or a folder above it, was named (a folder moved in, a watcher that
/// lost track of its events and named its whole folder). When nothing says what changed, every file may
/// have: its size and time are compared with what the last build read.
/// </summary>
public sealed class ChangedPaths
{
    private readonly HashSet<string>? _paths;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ChangedPaths(HashSet<string>? paths)
    {
        _paths = paths;
        if (paths is not null) _lookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Nothing is known: every file is compared.</summary>
    public static readonly ChangedPaths Unknown = new(null);

    /// <param name="fullPaths">Every file and folder that changed; any other file is unchanged.</param>
    public static ChangedPaths Of(IEnumerable<string> fullPaths) =>
        new(fullPaths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether the files not named are known to be unchanged.</summary>
    public bool Known => _paths is not null;

    /// <summary>Whether <paramref name="fullPath"/> or a folder above it was named.</summary>
    public bool Names(string fullPath)
    {
        if (_paths is null || _paths.Count == 0) return false;
        for (var path = fullPath.AsSpan(); path.Length > 0; path = Parent(path))
            if (_lookup.Contains(path)) return true;
        return false;
    }

    /// <summary>Whether the file at <paramref name="fullPath"/> must be looked at again: named, or not known to be unchanged.</summary>
    public bool MayHaveChanged(string fullPath) => !Known || Names(fullPath);

    /// <summary>
    /// The file's stamp: the one an earlier build took (<paramref name="taken"/>) while the file is known to be
    /// unchanged, so the system is not asked, else its stamp now.
    /// </summary>
    public FileStamp StampOf(string fullPath, FileStamp? taken) =>
        taken is { } stamp && !MayHaveChanged(fullPath) ? stamp : FileStamp.Of(fullPath);

    private static ReadOnlySpan<char> Parent(ReadOnlySpan<char> path)
    {
        int separator = path.LastIndexOfAny(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return separator > 0 ? path[..separator] : [];
    }
}
