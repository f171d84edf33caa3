namespace SiteGen.Diagnostics;

/// <summary>Paths as errors show them: relative to the working folder when below it, so terminals and editors can open them.</summary>
public static class SourcePath
{
    // Asked of the system once: each ask is a system call (getcwd, a few microseconds in a virtual machine), a rebuild
    // names every document and every finding (tens of thousands), and SiteGen never changes its working folder.
    private static readonly string WorkingFolder = Environment.CurrentDirectory;

    public static string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(WorkingFolder, fullPath);
        bool outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }
}
