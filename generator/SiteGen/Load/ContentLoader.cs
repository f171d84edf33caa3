using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Load;

/// <summary>
/// Finds the sources of a site: content/site.yml, articles/**.md, pages/**.md, and every other file
/// (images, PDFs...) to copy with its path. Hidden files and folders (".git", ".DS_Store") are skipped.
/// </summary>
public static class ContentLoader
{
    public const string SiteConfigName = "site.yml";

    public static LoadedContent Load(string contentFolder, ErrorList errors)
    {
        string root = Path.GetFullPath(contentFolder);
        if (!Directory.Exists(root))
        {
            errors.Add(SourcePath.Display(root), 1, 1, "content folder not found");
            return new LoadedContent(root, null, [], [], []);
        }

        var markdown = new List<(string Relative, string Full)>();
        var files = new List<StaticFile>();
        string? siteConfig = null;
        foreach (string full in VisibleFiles(root))
        {
            string relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative == SiteConfigName) siteConfig = full;
            else if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) markdown.Add((relative, full));
            else files.Add(new StaticFile(full, relative));
        }
        if (siteConfig is null) errors.Add(SourcePath.Display(Path.Combine(root, SiteConfigName)), 1, 1, "site.yml not found in the content folder");

        var sources = ReadAll(markdown, errors);
        return new LoadedContent(
            root,
            siteConfig is null ? null : Read(SiteConfigName, siteConfig, errors),
            sources.Where(s => s.RelativePath.StartsWith("articles/", StringComparison.Ordinal)).ToList(),
            sources.Where(s => s.RelativePath.StartsWith("pages/", StringComparison.Ordinal)).ToList(),
            files.OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToList());
    }

    // Markdown outside articles/ and pages/ (a README for editors, notes) is neither published nor copied.
    private static List<SourceFile> ReadAll(List<(string Relative, string Full)> markdown, ErrorList errors)
    {
        var wanted = markdown
            .Where(m => m.Relative.StartsWith("articles/", StringComparison.Ordinal) || m.Relative.StartsWith("pages/", StringComparison.Ordinal))
            .OrderBy(m => m.Relative, StringComparer.Ordinal)
            .ToArray();
        var read = new SourceFile?[wanted.Length];
        Parallel.For(0, wanted.Length, i => read[i] = Read(wanted[i].Relative, wanted[i].Full, errors));
        return read.OfType<SourceFile>().ToList();
    }

    private static SourceFile? Read(string relative, string full, ErrorList errors)
    {
        string display = SourcePath.Display(full);
        byte[] bytes;
        try
        {
            // Checked before reading so a huge file is refused without loading it.
            long length = new FileInfo(full).Length;
            if (length > SourceDecoder.MaxSourceBytes)
            {
                errors.Add(display, 1, 1, SourceDecoder.TooLargeMessage(length));
                return null;
            }
            bytes = File.ReadAllBytes(full);
        }
        catch (IOException e)
        {
            errors.Add(display, 1, 1, "cannot read file: " + e.Message);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            errors.Add(display, 1, 1, "cannot read file: " + e.Message);
            return null;
        }

        string? text = SourceDecoder.Decode(display, bytes, errors);
        return text is null ? null : new SourceFile(relative, display, text);
    }

    private static IEnumerable<string> VisibleFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !Path.GetRelativePath(root, f).Split('/', '\\').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }
}
