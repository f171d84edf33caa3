namespace SiteGen.Watch;

/// <summary>
/// Gathers the changes of one burst (an editor's save-all, a git checkout) so they cause one rebuild.
/// A burst is over once a quiet time passes with no new change, or <c>cap</c> after its first change
/// so that a stream of changes (a long copy) still shows progress. The quiet time is short (<c>settled</c>)
/// while every changed path is in place, and long (<c>quiet</c>) while one of them is missing: a save that
/// replaces a file (vim moves it aside, then writes it again) would otherwise rebuild a site without it.
/// Times are passed in, so the rules can be checked without waiting.
/// </summary>
public sealed class ChangeCoalescer(TimeSpan quiet, TimeSpan cap, TimeSpan settled)
{
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);
    private TimeSpan _first;
    private TimeSpan _last;

    /// <summary>Every change waits <paramref name="quiet"/>, whether its path is in place or not.</summary>
    public ChangeCoalescer(TimeSpan quiet, TimeSpan cap) : this(quiet, cap, quiet)
    {
    }

    public bool IsEmpty => _paths.Count == 0;

    /// <param name="inPlace">Whether the path existed when the change was seen: a file written, not one deleted or moved away.</param>
    public void Add(string path, TimeSpan now, bool inPlace = false)
    {
        if (IsEmpty) _first = now;
        _last = now;
        _paths.Add(path);
        if (inPlace) _missing.Remove(path);
        else _missing.Add(path);
    }

    /// <summary>When the pending burst is over, or null when nothing is pending.</summary>
    public TimeSpan? DueAt => IsEmpty ? null : Min(_last + (_missing.Count == 0 ? settled : quiet), _first + cap);

    /// <summary>The changed paths (sorted, each once) when the burst is over at <paramref name="now"/>; otherwise null, keeping them.</summary>
    public IReadOnlyList<string>? TakeIfDue(TimeSpan now)
    {
        if (DueAt is not { } due || now < due) return null;
        var paths = _paths.ToList();
        _paths.Clear();
        _missing.Clear();
        return paths;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
