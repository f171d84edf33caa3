using System.Text;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// Appends formatted values through a stack buffer. Unlike interpolating into the builder, the
/// constrained TryFormat call never boxes a value type, not even before the JIT has optimized
/// the generic path, so printing a number or date allocates nothing at all.
/// </summary>
internal static class FormattedAppend
{
    private const int BufferLength = 128;

    public static StringBuilder AppendFormatted<T>(this StringBuilder builder, T value, ReadOnlySpan<char> format, IFormatProvider provider)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[BufferLength];
        if (value.TryFormat(buffer, out var written, format, provider)) return builder.Append(buffer[..written]);
        return builder.Append(value.ToString(format.ToString(), provider));
    }

    /// <summary>The value right-aligned in <paramref name="width"/> characters, padded with spaces.</summary>
    public static StringBuilder AppendPadded<T>(this StringBuilder builder, T value, int width, IFormatProvider provider)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[BufferLength];
        if (!value.TryFormat(buffer, out var written, default, provider)) return builder.Append(value.ToString(null, provider).PadLeft(width));
        if (written < width) builder.Append(' ', width - written);
        return builder.Append(buffer[..written]);
    }
}
