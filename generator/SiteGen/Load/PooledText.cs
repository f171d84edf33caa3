using System.Buffers;

namespace SiteGen.Load;

/// <summary>
/// A source's decoded text in a buffer borrowed from the shared pool, for readers that keep only parts of
/// it (front matter and body): the whole text is never a string of its own. Dispose returns the buffer.
/// </summary>
public sealed class PooledText : IDisposable
{
    private char[]? _buffer;

    internal PooledText(int capacity) => _buffer = ArrayPool<char>.Shared.Rent(capacity);

    internal Span<char> Buffer => _buffer;

    public int Length { get; internal set; }

    public ReadOnlySpan<char> Span => _buffer.AsSpan(0, Length);

    public override string ToString() => new(Span);

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
    }
}
