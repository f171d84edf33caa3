using SiteGen.Diagnostics;

namespace SiteGen.Safety;

/// <summary>A file found by <see cref="FolderWalk"/>.</summary>
/// <param name="FullPath">Its path through the walked folder (through a link, when it is reached by one).</param>
/// <param name="RelativePath">Its path under the walked folder, with '/' separators.</param>
public readonly record struct WalkedFile(string FullPath, string RelativePath);

/// <summary>
/// Lists the files of a folder that is a boundary: the content folder, a theme. A symbolic link is followed only when
/// its target is inside the folder and is not a folder the walk is already in (a link to ".." would never end). A
/// link leading out, a loop, a FIFO, a device or a socket is an error at its path, found without opening it: reading
/// one would publish a file from elsewhere on the disk, hang the build, or fill the disk.
/// </summary>
public sealed class FolderWalk
{
    /// <summary>More files than any site has; past it, links are multiplying folders.</summary>
    public const int MaxFiles = 1_000_000;

    private readonly string _realRoot;
    private readonly string _boundary;
    private readonly bool _skipHidden;
    private readonly ErrorList _errors;
    private readonly List<WalkedFile> _files = [];
    private readonly HashSet<string> _walking = new(StringComparer.Ordinal);
    private bool _tooMany;

    private FolderWalk(string realRoot, string boundary, bool skipHidden, ErrorList errors)
    {
        _realRoot = realRoot;
        _boundary = boundary;
        _skipHidden = skipHidden;
        _errors = errors;
    }

    /// <summary>Every file under <paramref name="root"/>, sorted by relative path. Problems are added to <paramref name="errors"/>.</summary>
    /// <param name="boundary">What the folder is, for messages: "the content folder", "theme 'default'".</param>
    /// <param name="skipHidden">Leave out names starting with '.' (and never look inside them).</param>
    public static IReadOnlyList<WalkedFile> Files(string root, string boundary, ErrorList errors, bool skipHidden = true)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var walk = new FolderWalk(FileKinds.RealPath(full) ?? full, boundary, skipHidden, errors);
        walk.Walk(full, walk._realRoot, "");
        walk._files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return walk._files;
    }

    private void Walk(string folder, string realFolder, string relative)
    {
        _walking.Add(realFolder);
        foreach (var (name, listed) in Entries(folder))
        {
            if (_skipHidden && name.StartsWith('.')) continue;
            if (_tooMany) break;
            string full = Path.Combine(folder, name);
            string path = relative.Length == 0 ? name : relative + "/" + name;
            switch (listed ?? FileKinds.Of(full))
            {
                case FileKind.Directory:
                    Walk(full, Path.Combine(realFolder, name), path);
                    break;
                case FileKind.Regular:
                    Add(full, path);
                    break;
                case FileKind.SymbolicLink:
                    Follow(full, path, realFolder);
                    break;
                case FileKind.Missing:
                    break; // removed while the walk ran: the next build sees the folder as it is then
                case var kind:
                    Refuse(full, $"is {FileKinds.Describe(kind)}, not a regular file: only regular files are read and published");
                    break;
            }
        }
        _walking.Remove(realFolder);
    }

    private void Follow(string link, string path, string realFolder)
    {
        string? target = FileKinds.RealPath(link);
        if (target is null)
        {
            Refuse(link, "is a symbolic link that leads nowhere (its target is missing, or links point at each other in a loop)");
            return;
        }
        if (!IsInside(target, _realRoot))
        {
            Refuse(link, $"is a symbolic link to {target}, outside {_boundary}: only files inside it are published (copy the file in instead)");
            return;
        }
        switch (FileKinds.Of(target))
        {
            case FileKind.Directory when _walking.Contains(target) || IsInside(realFolder, target):
                Refuse(link, $"is a symbolic link to {SourcePath.Display(target)}, a folder it is itself inside: following it would never end");
                break;
            case FileKind.Directory:
                Walk(link, target, path);
                break;
            case FileKind.Regular:
                Add(link, path);
                break;
            case FileKind.Missing:
                break;
            case var kind:
                Refuse(link, $"is a symbolic link to {FileKinds.Describe(kind)}, not a regular file: only regular files are read and published");
                break;
        }
    }

    private void Add(string full, string path)
    {
        if (_files.Count == MaxFiles)
        {
            _tooMany = true;
            Refuse(full, $"{_boundary} holds more than {MaxFiles:N0} files (are symbolic links repeating folders?)");
            return;
        }
        _files.Add(new WalkedFile(full, path));
    }

    private List<(string Name, FileKind? Kind)> Entries(string folder)
    {
        try
        {
            return FileKinds.List(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Refuse(folder, "cannot read folder: " + e.Message);
            return [];
        }
    }

    private void Refuse(string path, string message) => _errors.Add(SourcePath.Display(path), 1, 1, message);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real, full paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path.Length == folder.Length ? string.Equals(path, folder, PathComparison)
        : path.Length > folder.Length && path.StartsWith(folder, PathComparison)
            && (path[folder.Length] == Path.DirectorySeparatorChar || Path.EndsInDirectorySeparator(folder));

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
}
