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
        var buffer = KeptBuffers.Take(ref _buffer, most > KeptBuffers.MaxLength ? Encoding.UTF8.GetByteCount(html) : most);
        int length = Encoding.UTF8.GetBytes(html, buffer);
        return buffer.AsMemory(0, length);
    }
}
