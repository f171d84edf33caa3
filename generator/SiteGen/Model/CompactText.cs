using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Model;

/// <summary>
/// Text held as UTF-8 and made into a string only when read. A build holds every document's body from
/// parsing until the last page renders, and every page's searchable text until the index is written:
/// the largest memory of a big site, and in UTF-8 the mostly ASCII text of a site takes half the bytes.
/// </summary>
public sealed class CompactText : IEquatable<CompactText>
{
    private readonly byte[]? _utf8;

    // Text with a lone surrogate has no exact UTF-8 form; it stays a string.
    private readonly string? _unencodable;

    public CompactText(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done) _utf8 = bytes;
        else _unencodable = text.ToString();
    }

    public static CompactText Empty { get; } = new("");

    /// <summary>The builder's text, without making a string of it first.</summary>
    public static CompactText Of(StringBuilder builder)
    {
        var chars = ArrayPool<char>.Shared.Rent(builder.Length);
        try
        {
            builder.CopyTo(0, chars, builder.Length);
            return new CompactText(chars.AsSpan(0, builder.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public bool IsEmpty => _utf8 is { Length: 0 } || _unencodable is { Length: 0 };

    /// <summary>The text as a new string: each call makes one, so a reader that needs it twice keeps it.</summary>
    public override string ToString() => _unencodable ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>The text's characters without making a string: decoded into <paramref name="buffer"/>, grown as needed.</summary>
    public ReadOnlySpan<char> Chars(ref char[] buffer)
    {
        if (_unencodable is not null) return _unencodable;
        if (buffer.Length < _utf8!.Length) buffer = new char[Math.Max(_utf8.Length, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(_utf8, buffer));
    }

    /// <summary>False for text that has no UTF-8 form (a lone surrogate), kept as a string.</summary>
    public bool IsUtf8 => _utf8 is not null;

    /// <summary>The UTF-8 bytes; empty for text that has none (<see cref="IsUtf8"/>).</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _utf8;

    /// <summary>Whether the text holds <paramref name="value"/>, compared ordinally (UTF-8 keeps every substring a substring).</summary>
    public bool Contains(string value)
    {
        if (_unencodable is not null) return _unencodable.Contains(value, StringComparison.Ordinal);
        int length = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> needle = rented ?? stackalloc byte[length];
        try
        {
            // A value with a lone surrogate cannot be in text that has a UTF-8 form.
            if (Utf8.FromUtf16(value, needle, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done) return false;
            return _utf8.AsSpan().IndexOf(needle[..written]) >= 0;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public bool Equals(CompactText? other) =>
        other is not null && (ReferenceEquals(this, other) || (_unencodable is null && other._unencodable is null
            ? _utf8.AsSpan().SequenceEqual(other._utf8)
            : string.Equals(_unencodable, other._unencodable, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_utf8 is not null) hash.AddBytes(_utf8);
        else hash.Add(_unencodable, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
