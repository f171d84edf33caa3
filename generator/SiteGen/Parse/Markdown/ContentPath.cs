namespace SiteGen.Parse.Markdown;

/// <summary>Resolves a link's path against the folder of the document it is written in, within content/.</summary>
public static class ContentPath
{
    /// <summary>The content-relative path, or null when the link climbs out of the content folder.</summary>
    public static string? Resolve(string fromSourcePath, string linkPath)
    {
        var parts = new List<string>();
        if (!linkPath.StartsWith('/'))
        {
            int slash = fromSourcePath.LastIndexOf('/');
            if (slash > 0) parts.AddRange(fromSourcePath[..slash].Split('/'));
        }
        foreach (string part in linkPath.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The same file name at the root of content/ (images/x.png written from articles/ means content/images/x.png).</summary>
    public static string? FromRoot(string linkPath) => Resolve("", linkPath.TrimStart('/'));
}
