namespace SiteGen.Diagnostics;

/// <summary>Paths as errors show them: relative to the working folder when below it, so terminals and editors can open them.</summary>
public static class SourcePath
{
    public static string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        bool outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? fullPath : relative).Replace('\\', '/');
    }
}
