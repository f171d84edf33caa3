using System.Collections.Concurrent;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// Numbers each view member any page has read ("article:x.md" / "title"), once for the life of a
/// session. Pages keep the numbers, so checking thousands of pages against a build is indexing
/// arrays rather than hashing the same key strings hundreds of thousands of times.
/// </summary>
internal sealed class DependencyTable
{
    private readonly ConcurrentDictionary<(string Key, string Member), int> _ids = new();
    private readonly List<(string Key, string Member)> _reads = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) return _reads.Count; }
    }

    public (string Key, string Member) this[int id]
    {
        get { lock (_gate) return _reads[id]; }
    }

    public int IdOf(string key, string member)
    {
        if (_ids.TryGetValue((key, member), out int id)) return id;
        lock (_gate)
        {
            if (_ids.TryGetValue((key, member), out id)) return id;
            id = _reads.Count;
            _reads.Add((key, member));
            _ids[(key, member)] = id;
            return id;
        }
    }
}
