using SiteGen.Safety;

namespace SiteGen.Write;

/// <summary>
/// Refuses output folders whose replacement would destroy something else: the content or theme
/// folders (or a folder holding them), the file system root, the home folder, and any existing folder
/// SiteGen did not write (it has no <see cref="MarkerFileName"/>).
/// </summary>
public static class OutputSafety
{
    /// <summary>Written into every output folder so a later build knows the folder is safe to replace.</summary>
    public const string MarkerFileName = ".sitegen-output";

    public const string MarkerText = "This folder is written by SiteGen and replaced whole by every build.\n";

    /// <summary>Why <paramref name="output"/> must not be replaced, or null when it may be.</summary>
    public static string? Problem(string output, IEnumerable<(string Name, string Folder)> protectedFolders)
    {
        string full = Normalize(output);
        if (Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || Path.GetPathRoot(full) == full)
            return "the output folder cannot be the root of the file system";
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && (Same(full, home) || IsInside(home, full)))
            return "the output folder cannot be your home folder or a folder that holds it";

        foreach (var (name, folder) in protectedFolders)
        {
            string other = Normalize(folder);
            if (Same(full, other)) return $"the output folder cannot be the {name} folder";
            if (IsInside(other, full)) return $"the output folder cannot hold the {name} folder ({other})";
            if (IsInside(full, other)) return $"the output folder cannot be inside the {name} folder ({other})";
        }

        if (FileKinds.Of(full) == FileKind.SymbolicLink) return "the output folder is a symbolic link that leads nowhere; make it point at a folder or remove it";
        if (File.Exists(full)) return "the output path is a file, not a folder";
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, MarkerFileName)))
            return $"the output folder exists and was not written by SiteGen (it has no {MarkerFileName}); empty it or choose another, since every build replaces it whole";
        return null;
    }

    /// <summary>
    /// The folder a build replaces: the output path, or the folder it leads to when it is a symbolic link (a web root
    /// linked to the output, say). The link is followed, not replaced: it goes on pointing at the new site.
    /// </summary>
    public static string Resolve(string output)
    {
        string full = Normalize(output);
        return FileKinds.Of(full) == FileKind.SymbolicLink && FileKinds.RealPath(full) is { } target ? target : full;
    }

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>True when <paramref name="inner"/> is strictly below <paramref name="outer"/>.</summary>
    public static bool IsInside(string inner, string outer)
    {
        string o = Normalize(outer);
        string i = Normalize(inner);
        string prefix = o.EndsWith(Path.DirectorySeparatorChar) ? o : o + Path.DirectorySeparatorChar;
        return i.Length > prefix.Length && i.StartsWith(prefix, StringComparison.Ordinal);
    }
}
