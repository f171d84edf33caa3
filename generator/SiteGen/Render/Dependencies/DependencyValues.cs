using System.Collections.Concurrent;
using SiteGen.Render.Templates;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// The fingerprint of each view member in this build, computed once however many pages read it:
/// every article page reads the site's title, and many list pages an article's.
/// </summary>
internal sealed class DependencyValues
{
    private const ulong Missing = 0x6D697373696E6721;
    private const ulong Absent = 0x616273656E742121;

    private readonly ViewIndex _views;
    private readonly ValueFingerprints _fingerprints;
    // Members numbered before this build, in arrays; those first read during it, in a dictionary.
    private readonly ulong[] _known;
    private readonly int[] _computed;
    private readonly ConcurrentDictionary<int, ulong> _new = new();

    public DependencyValues(ViewIndex views, DependencyTable table)
    {
        _views = views;
        _fingerprints = new ValueFingerprints(views);
        Table = table;
        _known = new ulong[table.Count];
        _computed = new int[table.Count];
    }

    public DependencyTable Table { get; }

    public ViewIndex Views => _views;

    public ValueFingerprints Fingerprints => _fingerprints;

    public ulong Of(int id)
    {
        if (id >= _known.Length) return _new.GetOrAdd(id, Compute);
        // Two threads may compute the same member at once: both get the same value.
        if (Volatile.Read(ref _computed[id]) == 1) return _known[id];
        _known[id] = Compute(id);
        Volatile.Write(ref _computed[id], 1);
        return _known[id];
    }

    private ulong Compute(int id)
    {
        var (key, member) = Table[id];
        if (_views.Find(key) is not { } view) return Missing;
        if (member == IRenderObserver.AllMembers) return _fingerprints.OfMembers(view);
        return ViewTypes.Members(view.GetType()).TryReadTracked(view, member, out object? value) ? _fingerprints.Of(value) : Absent;
    }
}
