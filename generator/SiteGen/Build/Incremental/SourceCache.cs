using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Build.Incremental;

/// <summary>
/// The parse stages' results per source file, kept from one build to the next: a file is read and
/// its front matter parsed again only when it changed, and its Markdown converted again only when it
/// or the site's link targets changed. A file's errors are kept with it and reported again while
/// it stays broken.
/// </summary>
public sealed class SourceCache
{
    private readonly ConcurrentDictionary<string, FrontMatterEntry> _front = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConvertedEntry> _converted = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _changed = new HashSet<string>();

    /// <summary>Full paths the watcher reported changed: read again whatever their stamp says (two saves within a clock tick look alike).</summary>
    public void MarkChanged(IEnumerable<string> fullPaths) => _changed = fullPaths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);

    public SourceDocument? ReadFrontMatter(ContentSource source, DocumentKind kind, ErrorList errors)
    {
        var stamp = FileStamp.Of(source.FullPath);
        if (_front.TryGetValue(source.RelativePath, out var entry) && entry.Stamp == stamp && entry.Kind == kind && !_changed.Contains(source.FullPath))
        {
            Replay(entry.Errors, errors);
            return entry.Document;
        }
        var own = new ErrorList();
        var document = FrontMatterReader.Read(source, kind, own);
        var found = own.Sorted();
        _front[source.RelativePath] = new FrontMatterEntry(stamp, kind, document, found);
        Replay(found, errors);
        return document;
    }

    /// <param name="links">Fingerprint of everything a conversion looks up besides the document: link targets, files, settings.</param>
    public Document Convert(SourceDocument source, ulong links, Func<ErrorList, Document> convert, ErrorList errors)
    {
        if (_converted.TryGetValue(source.SourcePath, out var entry) && ReferenceEquals(entry.Source, source) && entry.Links == links)
        {
            Replay(entry.Errors, errors);
            return entry.Document;
        }
        var own = new ErrorList();
        var document = convert(own);
        var found = own.Sorted();
        _converted[source.SourcePath] = new ConvertedEntry(source, links, document, found);
        Replay(found, errors);
        return document;
    }

    /// <summary>Forgets files that are gone, so a deleted and re-created file is read afresh.</summary>
    public void KeepOnly(IEnumerable<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (string path in _front.Keys.Where(p => !keep.Contains(p))) _front.TryRemove(path, out _);
        foreach (string path in _converted.Keys.Where(p => !keep.Contains(p))) _converted.TryRemove(path, out _);
    }

    private static void Replay(IReadOnlyList<ContentError> from, ErrorList to)
    {
        foreach (var error in from) to.Add(error);
    }

    private sealed record FrontMatterEntry(FileStamp Stamp, DocumentKind Kind, SourceDocument? Document, IReadOnlyList<ContentError> Errors);

    private sealed record ConvertedEntry(SourceDocument Source, ulong Links, Document Document, IReadOnlyList<ContentError> Errors);
}
