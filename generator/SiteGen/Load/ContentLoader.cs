using System.Buffers;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Safety;

namespace SiteGen.Load;

/// <summary>
/// Finds the sources of a site: content/site.yml, articles/**.md, pages/**.md, and every other file
/// (images, PDFs...) to copy with its path. Hidden files and folders (".git", ".DS_Store") are skipped; links out of
/// the folder and special files are errors (see <see cref="FolderWalk"/>).
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

        var markdown = new List<ContentSource>();
        var files = new List<StaticFile>();
        string? siteConfig = null;
        foreach (var (full, relative) in FolderWalk.Files(root, "the content folder", errors))
        {
            if (relative == SiteConfigName) siteConfig = full;
            else if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) markdown.Add(new ContentSource(relative, full));
            else files.Add(new StaticFile(full, relative));
        }
        if (siteConfig is null) errors.Add(SourcePath.Display(Path.Combine(root, SiteConfigName)), 1, 1, "site.yml not found in the content folder");

        return new LoadedContent(
            root,
            siteConfig is null ? null : Read(new ContentSource(SiteConfigName, siteConfig), errors),
            InFolder(markdown, "articles/"),
            InFolder(markdown, "pages/"),
            files.OrderBy(f => f.OutputPath, StringComparer.Ordinal).ToList());
    }

    // Markdown outside articles/ and pages/ (a README for editors, notes) is neither published nor copied; a language's
    // folder (es/articles/) holds the same folders for that language.
    private static List<ContentSource> InFolder(List<ContentSource> sources, string folder) =>
        sources.Where(s => s.RelativePath[LanguageFolders.PrefixOf(s.RelativePath).Length..].StartsWith(folder, StringComparison.Ordinal))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToList();

    /// <summary>Reads and decodes a source, or returns null after adding an error (unreadable, too large, not UTF-8, empty).</summary>
    public static SourceFile? Read(ContentSource source, ErrorList errors)
    {
        string display = source.DisplayPath;
        using var text = ReadPooled(source.FullPath, display, errors);
        return text is null ? null : new SourceFile(source.RelativePath, display, text.ToString());
    }

    /// <summary>As <see cref="Read"/>, into a pooled buffer the caller disposes: for readers that keep only parts of the text.</summary>
    public static PooledText? ReadPooled(string fullPath, string display, ErrorList errors)
    {
        byte[]? bytes = null;
        try
        {
            using var file = File.OpenHandle(fullPath);
            // Checked before reading so a huge file is refused without loading it.
            long length = RandomAccess.GetLength(file);
            if (length > SourceDecoder.MaxSourceBytes)
            {
                errors.Add(display, 1, 1, SourceDecoder.TooLargeMessage(length));
                return null;
            }
            bytes = ArrayPool<byte>.Shared.Rent((int)length);
            int read = 0;
            for (int n; read < length && (n = RandomAccess.Read(file, bytes.AsSpan(read, (int)length - read), read)) > 0;) read += n;
            return SourceDecoder.DecodePooled(display, bytes.AsSpan(0, read), errors);
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
        finally
        {
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
