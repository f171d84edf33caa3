using System.Text;

namespace SiteGen.Render;

/// <summary>
/// Encodes a page to UTF-8 into a buffer of the calling thread, reused for every page it renders: a
/// fresh array a page was, with the page's string, most of what the render stage allocated.
/// </summary>
internal static class PageBytes
{
    [ThreadStatic] private static byte[]? _buffer;

    /// <summary>The page's bytes, valid until this thread encodes another page.</summary>
    public static ReadOnlyMemory<byte> Encode(ReadOnlySpan<char> html)
    {
        int most = Encoding.UTF8.GetMaxByteCount(html.Length);
        if (_buffer is null || _buffer.Length < most) _buffer = new byte[Math.Max(most, (_buffer?.Length ?? 0) * 2)];
        int length = Encoding.UTF8.GetBytes(html, _buffer);
        return _buffer.AsMemory(0, length);
    }
}
