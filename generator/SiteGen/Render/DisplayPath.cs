namespace SiteGen.Render;

/// <summary>Paths as errors show them: relative to the working folder when below it, so editors can open them.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (!System.IO.Path.IsPathRooted(path)) return path.Replace('\\', '/');
        string relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }
}
