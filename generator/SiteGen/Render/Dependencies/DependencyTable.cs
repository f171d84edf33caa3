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
    private readonly ConcurrentDictionary<string, string[]> _templateSets = new(StringComparer.Ordinal);

    public int Count
    {
        get { lock (_gate) return _reads.Count; }
    }

    public (string Key, string Member) this[int id]
    {
        get { lock (_gate) return _reads[id]; }
    }

    /// <summary>
    /// One shared array per set of templates: most pages use the same few sets, so a build checks each
    /// set once (<see cref="RenderMemory.IsCurrent"/>) instead of once per page.
    /// </summary>
    public string[] Templates(IEnumerable<string> templates)
    {
        var sorted = templates.Order(StringComparer.Ordinal).ToArray();
        return _templateSets.GetOrAdd(string.Join('\n', sorted), _ => sorted);
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
