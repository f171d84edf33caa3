using System.Collections.Concurrent;
using SiteGen.Templates;
using SiteGen.Templates.Runtime;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// The fingerprint of each member of an identified view in this build, computed once however many pages
/// read it: every article page reads the site's title, and many list pages an article's.
/// </summary>
internal sealed class DependencyValues(ViewIndex views)
{
    private const ulong Missing = 0x6D697373696E6721;
    private const ulong Absent = 0x616273656E742121;

    private readonly ValueFingerprints _fingerprints = new(views);
    private readonly ConcurrentDictionary<(string Key, string Member), ulong> _values = new();

    public ViewIndex Views => views;

    public ValueFingerprints Fingerprints => _fingerprints;

    public ulong Of(string key, string member) => _values.GetOrAdd((key, member), Compute);

    private ulong Compute((string Key, string Member) read)
    {
        if (views.Find(read.Key) is not { } view) return Missing;
        if (read.Member == IRenderObserver.AllMembers) return _fingerprints.OfMembers(view);
        return HostObjects.TryRead(view, read.Member, out object? value) ? _fingerprints.Of(value) : Absent;
    }
}
