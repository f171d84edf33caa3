using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Model;

/// <summary>
/// Text held as UTF-8 and made into a string only when read. A build holds every document's body from
/// parsing until the last page renders, and every page's searchable text until the index is written:
/// the largest memory of a big site, and in UTF-8 the mostly ASCII text of a site takes half the bytes.
/// A large build keeps some of it in a <see cref="TextSpill"/> file instead, read back on each use.
/// </summary>
public sealed class CompactText : IEquatable<CompactText>
{
    private readonly byte[]? _utf8;

    // Text with a lone surrogate has no exact UTF-8 form; it stays a string.
    private readonly string? _unencodable;

    // Or the UTF-8 is in a spill file, at this place.
    private readonly TextSpill? _spill;
    private readonly long _offset;
    private readonly int _length;

    public CompactText(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done) _utf8 = bytes;
        else _unencodable = text.ToString();
    }

    internal CompactText(TextSpill spill, long offset, int length)
    {
        _spill = spill;
        _offset = offset;
        _length = length;
    }

    public static CompactText Empty { get; } = new("");

    /// <summary>The builder's text, without making a string of it first; kept in <paramref name="spill"/> when one is given.</summary>
    public static CompactText Of(StringBuilder builder, TextSpill? spill = null)
    {
        var chars = ArrayPool<char>.Shared.Rent(builder.Length);
        try
        {
            builder.CopyTo(0, chars, builder.Length);
            var text = chars.AsSpan(0, builder.Length);
            return spill is null ? new CompactText(text) : spill.Keep(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public bool IsEmpty => _utf8 is { Length: 0 } || _unencodable is { Length: 0 } || (_spill is not null && _length == 0);

    /// <summary>The text as a new string: each call makes one, so a reader that needs it twice keeps it.</summary>
    public override string ToString()
    {
        if (_unencodable is not null) return _unencodable;
        byte[]? rented = null;
        try
        {
            return Encoding.UTF8.GetString(Bytes(ref rented));
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>The text's characters without making a string: decoded into <paramref name="buffer"/>, grown as needed.</summary>
    public ReadOnlySpan<char> Chars(ref char[] buffer)
    {
        if (_unencodable is not null) return _unencodable;
        byte[]? rented = null;
        try
        {
            var bytes = Bytes(ref rented);
            if (buffer.Length < bytes.Length) buffer = new char[Math.Max(bytes.Length, buffer.Length * 2)];
            return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>False for text that has no UTF-8 form (a lone surrogate), kept as a string.</summary>
    public bool IsUtf8 => _unencodable is null;

    /// <summary>Whether the text is in a <see cref="TextSpill"/> file rather than in memory.</summary>
    public bool IsSpilled => _spill is not null;

    /// <summary>The UTF-8 bytes (a copy read back, for spilled text); empty for text that has none (<see cref="IsUtf8"/>).</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _spill is null ? _utf8 : _spill.ReadCopy(_offset, _length);

    /// <summary>Whether the text holds <paramref name="value"/>, compared ordinally (UTF-8 keeps every substring a substring).</summary>
    public bool Contains(string value)
    {
        if (_unencodable is not null) return _unencodable.Contains(value, StringComparison.Ordinal);
        int length = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        byte[]? text = null;
        Span<byte> needle = rented ?? stackalloc byte[length];
        try
        {
            // A value with a lone surrogate cannot be in text that has a UTF-8 form.
            if (Utf8.FromUtf16(value, needle, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done) return false;
            return Bytes(ref text).IndexOf(needle[..written]) >= 0;
        }
        finally
        {
            Return(rented);
            Return(text);
        }
    }

    public bool Equals(CompactText? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (_unencodable is not null || other._unencodable is not null) return string.Equals(_unencodable, other._unencodable, StringComparison.Ordinal);
        byte[]? mine = null, theirs = null;
        try
        {
            return Bytes(ref mine).SequenceEqual(other.Bytes(ref theirs));
        }
        finally
        {
            Return(mine);
            Return(theirs);
        }
    }

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_unencodable is not null) hash.Add(_unencodable, StringComparer.Ordinal);
        else
        {
            byte[]? rented = null;
            try
            {
                hash.AddBytes(Bytes(ref rented));
            }
            finally
            {
                Return(rented);
            }
        }
        return hash.ToHashCode();
    }

    // The UTF-8 held here, or read from the spill file into a buffer rented for the caller to return.
    private ReadOnlySpan<byte> Bytes(ref byte[]? rented)
    {
        if (_spill is null) return _utf8;
        rented = ArrayPool<byte>.Shared.Rent(_length);
        var bytes = rented.AsSpan(0, _length);
        _spill.Read(_offset, bytes);
        return bytes;
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }
}
