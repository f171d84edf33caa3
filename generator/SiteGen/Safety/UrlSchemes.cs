namespace SiteGen.Safety;

/// <summary>
/// URLs that run code or smuggle a document in when followed: <c>javascript:</c>, <c>vbscript:</c>, and <c>data:</c>
/// (an HTML or SVG document in a link). A browser ignores case and strips whitespace and control characters before
/// the scheme, and tabs and newlines anywhere in it, so the check does too; Markdig has already decoded entities.
/// A <c>data:</c> image in PNG, JPEG, GIF or WebP is allowed: it is pixels, and the security policy permits it.
/// </summary>
public static class UrlSchemes
{
    private static readonly string[] Refused = ["javascript:", "vbscript:", "data:"];

    private static readonly string[] RasterData = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"];

    /// <summary>Why a link (or, with <paramref name="isImage"/>, an image) to <paramref name="url"/> is refused, or null.</summary>
    public static string? Problem(string url, bool isImage)
    {
        string scheme = Scheme(url);
        if (scheme.Length == 0) return null;
        foreach (string refused in Refused)
        {
            if (!scheme.StartsWith(refused, StringComparison.Ordinal)) continue;
            if (refused == "data:" && isImage && RasterData.Any(d => scheme.StartsWith(d, StringComparison.Ordinal) && scheme.Length > d.Length && scheme[d.Length] is ';' or ','))
                return null;
            return refused == "data:"
                ? $"a {refused} URL {(isImage ? "as an image is allowed only for PNG, JPEG, GIF or WebP" : "in a link can carry a whole page or script")}: link to a page or file of the site instead"
                : $"a {refused} URL runs script in the reader's browser; content may not publish script";
        }
        return null;
    }

    // The start of the URL as a browser reads it: leading spaces and controls dropped, tabs and newlines removed, lower case.
    private static string Scheme(string url)
    {
        var start = url.AsSpan().TrimStart("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F \u00A0");
        Span<char> buffer = stackalloc char[24];
        int length = 0;
        foreach (char c in start)
        {
            if (c is '\t' or '\n' or '\r') continue;
            buffer[length++] = char.ToLowerInvariant(c);
            if (length == buffer.Length) break;
        }
        return new string(buffer[..length]);
    }
}
