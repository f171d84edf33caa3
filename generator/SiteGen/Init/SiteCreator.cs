namespace SiteGen.Init;

/// <summary>What <see cref="SiteCreator.Create"/> did: the files written and those left as they were, or why it refused.</summary>
public sealed record CreatedSite(IReadOnlyList<string> Written, IReadOnlyList<string> Kept, string? Refused);

/// <summary>
/// Writes a starter site into a folder. A folder that holds anything is refused, since the site would mix with what is
/// there; with <c>force</c> the missing files are added and every existing file is kept as it is, never overwritten.
/// </summary>
public static class SiteCreator
{
    public static CreatedSite Create(string folder, IReadOnlyList<StarterFile> files, bool force)
    {
        string root = Path.GetFullPath(folder);
        if (File.Exists(root)) return new CreatedSite([], [], $"{folder} is a file, not a folder");
        var present = Directory.Exists(root) ? Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
        if (present.Count > 0 && !force)
        {
            string what = File.Exists(Path.Combine(root, "content", "site.yml"))
                ? "already holds a site (content/site.yml)"
                : $"is not empty (it holds {string.Join(", ", present.Take(3))}{(present.Count > 3 ? $" and {present.Count - 3} more" : "")})";
            return new CreatedSite([], [], $"{folder} {what}; sitegen init makes a new site in an empty folder. With --force it adds the files it lacks and leaves every existing file as it is");
        }
        var written = new List<string>();
        var kept = new List<string>();
        foreach (var file in files)
        {
            string full = Path.Combine(root, file.Path);
            if (File.Exists(full) || Directory.Exists(full))
            {
                kept.Add(file.Path);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // CreateNew: a file that appeared meanwhile is still never overwritten.
            using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
                writer.Write(file.Text);
            written.Add(file.Path);
        }
        return new CreatedSite(written, kept, null);
    }
}
