using System.Runtime.InteropServices;

namespace SiteGen.Render.Dependencies;

/// <summary>
/// A 64-bit hash built up from values, for telling whether what a page was made from has changed
/// since the last build of the same process. Two differently seeded lanes of the runtime's
/// hash: fast over long texts, and a changed value going unnoticed needs both to collide.
/// Seeded per process, so fingerprints are never stored on disk.
/// </summary>
internal struct Fingerprint
{
    private HashCode _a;
    private HashCode _b;

    public static Fingerprint Create()
    {
        var fingerprint = new Fingerprint();
        fingerprint._b.Add(0x5BD1E995);
        return fingerprint;
    }

    public void Add(long value)
    {
        _a.Add(value);
        _b.Add(value);
    }

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return;
        }
        Add(text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        _a.AddBytes(bytes);
        _b.AddBytes(bytes);
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _a.AddBytes(bytes);
        _b.AddBytes(bytes);
    }

    public readonly ulong Value => ((ulong)(uint)_a.ToHashCode() << 32) | (uint)_b.ToHashCode();

    /// <summary>A fingerprint of a set of texts, whatever the order they come in.</summary>
    public static ulong OfSet(IEnumerable<string> texts)
    {
        ulong sum = 0;
        foreach (string text in texts) sum += Of(text);
        return sum;
    }

    public static ulong Of(string text)
    {
        var fingerprint = Create();
        fingerprint.Add(text);
        return fingerprint.Value;
    }

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var fingerprint = Create();
        fingerprint.Add(bytes);
        return fingerprint.Value;
    }
}
