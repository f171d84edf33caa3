namespace SiteGen.Import;

/// <summary>What writing imported documents did, file by file (paths relative to the content folder).</summary>
public sealed record ImportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Kept);

/// <summary>
/// Writes imported documents into a content folder. An existing file is kept unless <c>force</c>, and one that already
/// holds the same text is left untouched either way, so importing the same source twice changes nothing.
/// </summary>
public static class ImportWriter
{
    /// <param name="folder">The content folder's subfolder the files go to: "articles" or "pages".</param>
    public static ImportResult Write(string contentFolder, string folder, IReadOnlyList<ImportedArticle> documents, bool force)
    {
        var written = new List<string>();
        var unchanged = new List<string>();
        var kept = new List<string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
        {
            // Two sources with one title in one run: the second is numbered, never written over the first.
            string slug = document.Slug;
            for (int n = 2; !taken.Add(slug); n++) slug = $"{document.Slug}-{n}";
            string relative = $"{folder}/{slug}.md";
            string full = Path.Combine(contentFolder, folder, slug + ".md");
            if (File.Exists(full))
            {
                if (File.ReadAllText(full) == document.Text) { unchanged.Add(relative); continue; }
                if (!force) { kept.Add(relative); continue; }
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, document.Text, new System.Text.UTF8Encoding(false));
            written.Add(relative);
        }
        return new ImportResult(written, unchanged, kept);
    }
}
