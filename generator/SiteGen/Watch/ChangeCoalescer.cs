namespace SiteGen.Watch;

/// <summary>
/// Gathers the changes of one burst (an editor's save-all, a git checkout) so they cause one rebuild.
/// A burst is over once <c>quiet</c> passes with no new change, or <c>cap</c> after its first change
/// so that a stream of changes (a long copy) still shows progress. Times are passed in, so the rules
/// can be checked without waiting.
/// </summary>
public sealed class ChangeCoalescer(TimeSpan quiet, TimeSpan cap)
{
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
    private TimeSpan _first;
    private TimeSpan _last;

    public bool IsEmpty => _paths.Count == 0;

    public void Add(string path, TimeSpan now)
    {
        if (IsEmpty) _first = now;
        _last = now;
        _paths.Add(path);
    }

    /// <summary>When the pending burst is over, or null when nothing is pending.</summary>
    public TimeSpan? DueAt => IsEmpty ? null : Min(_last + quiet, _first + cap);

    /// <summary>The changed paths (sorted, each once) when the burst is over at <paramref name="now"/>; otherwise null, keeping them.</summary>
    public IReadOnlyList<string>? TakeIfDue(TimeSpan now)
    {
        if (DueAt is not { } due || now < due) return null;
        var paths = _paths.ToList();
        _paths.Clear();
        return paths;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
