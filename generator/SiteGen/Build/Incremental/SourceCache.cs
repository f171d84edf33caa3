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
    private ChangedPaths _changed = ChangedPaths.Unknown;
    private readonly ConcurrentDictionary<string, byte> _edited = new(StringComparer.Ordinal);
    private bool _filled;

    /// <summary>
    /// Starts a build. A file <paramref name="changed"/> names is read again whatever its stamp says (two saves within
    /// a clock tick look alike); when the changes are known, a file not named is not even looked at.
    /// </summary>
    public void MarkChanged(ChangedPaths changed)
    {
        _changed = changed;
        _filled |= !_front.IsEmpty;
        _edited.Clear();
    }

    /// <summary>
    /// Whether this build read the document's file afresh since an earlier build read it: a file an editor
    /// just saved or added. False for every file on the first build.
    /// </summary>
    public bool Edited(string relativePath) => _edited.ContainsKey(relativePath);

    public SourceDocument? ReadFrontMatter(ContentSource source, DocumentKind kind, ErrorList errors)
    {
        bool named = _changed.Names(source.FullPath);
        if (_front.TryGetValue(source.RelativePath, out var entry) && entry.Kind == kind && !named
            && (_changed.Known || entry.Stamp == FileStamp.Of(source.FullPath)))
        {
            Replay(entry.Errors, errors);
            foreach (var warning in entry.Warnings) errors.Warn(warning);
            return entry.Document;
        }
        // Kept for a later build that is not told what changed.
        var stamp = FileStamp.Of(source.FullPath);
        if (_filled) _edited[source.RelativePath] = 0;
        var own = new ErrorList();
        var document = FrontMatterReader.Read(source, kind, own);
        var found = own.Sorted();
        var warnings = own.SortedWarnings();
        _front[source.RelativePath] = new FrontMatterEntry(stamp, kind, document, found, warnings);
        Replay(found, errors);
        foreach (var warning in warnings) errors.Warn(warning);
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

    private sealed record FrontMatterEntry(FileStamp Stamp, DocumentKind Kind, SourceDocument? Document, IReadOnlyList<ContentError> Errors,
        IReadOnlyList<ContentWarning> Warnings);

    private sealed record ConvertedEntry(SourceDocument Source, ulong Links, Document Document, IReadOnlyList<ContentError> Errors);
}
