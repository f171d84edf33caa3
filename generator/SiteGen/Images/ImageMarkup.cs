using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Images;

/// <summary>
/// Rewrites a page's <c>&lt;img&gt;</c> tags for the images the stage processed: <c>srcset</c> and <c>sizes</c> so a phone
/// downloads the width it shows, <c>width</c> and <c>height</c> so nothing moves as images arrive, <c>loading="lazy"</c>
/// and <c>decoding="async"</c> except for the first image of the main content (usually what the reader sees first) and
/// images before it (a logo),
/// and a <c>&lt;picture&gt;</c> offering WebP where it is smaller. Works on the rendered page, so Markdown images, a
/// front matter image shown by the theme and any other img of a local image are treated alike.
/// </summary>
public static partial class ImageMarkup
{
    [GeneratedRegex("""<img\b(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Img();

    // string.IndexOf with OrdinalIgnoreCase runs a character at a time under invariant globalization (4 % of a
    // 4,000-article build's processor time, for a page without an image); SearchValues compares vectors.
    private static readonly System.Buffers.SearchValues<string> ImgTag = System.Buffers.SearchValues.Create(["<img"], StringComparison.OrdinalIgnoreCase);
    private static readonly System.Buffers.SearchValues<string> MainTag = System.Buffers.SearchValues.Create(["<main"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Replaced = new(StringComparer.OrdinalIgnoreCase) { "src", "srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority" };

    /// <summary>The page with its images rewritten, or null when it has none of the stage's.</summary>
    /// <param name="basePath">The site's base path ("/" or "/blog/"), which every image URL starts with.</param>
    /// <param name="find">The processed image at a site path, or null.</param>
    public static string? Rewrite(ReadOnlySpan<char> html, string basePath, Func<string, ProcessedImage?> find, string sizes)
    {
        if (html.IndexOfAny(ImgTag) < 0) return null;
        string page = html.ToString();
        int main = page.AsSpan().IndexOfAny(MainTag);
        bool firstInMain = true;
        bool changed = false;
        string result = Img().Replace(page, match =>
        {
            var attributes = Safety.ContentHtml.Attribute().Matches(match.Groups["attributes"].Value)
                .Select(m => (Name: m.Groups["name"].Value, Value: m.Groups["value"].Success ? m.Groups["value"].Value : null)).ToList();
            string? src = attributes.FirstOrDefault(a => a.Name.Equals("src", StringComparison.OrdinalIgnoreCase)).Value;
            if (src is null || SitePath(WebUtility.HtmlDecode(src), basePath) is not { } path || find(path) is not { } image) return match.Value;
            changed = true;
            // Before the main content (a logo in the header) an image is on screen at once: loaded as usual, not lazily.
            var loading = main < 0 || match.Index < main ? Loading.Normal : firstInMain ? Loading.First : Loading.Lazy;
            if (loading == Loading.First) firstInMain = false;
            return Markup(image, attributes.Where(a => !Replaced.Contains(a.Name)), basePath, sizes, loading);
        });
        return changed ? result : null;
    }

    private enum Loading { Normal, First, Lazy }

    private static string Markup(ProcessedImage image, IEnumerable<(string Name, string? Value)> kept, string basePath, string sizes, Loading loading)
    {
        var html = new StringBuilder();
        var offered = image.Offered;
        if (offered.Count > 0) html.Append("<picture>");
        foreach (var format in offered)
            html.Append("<source type=\"").Append(ImageFormats.MediaType(format)).Append("\" srcset=\"").Append(SrcSet(image, format, basePath))
                .Append("\" sizes=\"").Append(WebUtility.HtmlEncode(sizes)).Append("\">");
        html.Append("<img src=\"").Append(WebUtility.HtmlEncode(basePath + image.Default.OutputPath)).Append('"');
        html.Append(" srcset=\"").Append(SrcSet(image, image.Fallback, basePath)).Append("\" sizes=\"").Append(WebUtility.HtmlEncode(sizes)).Append('"');
        html.Append(" width=\"").Append(image.Width).Append("\" height=\"").Append(image.Height).Append('"');
        foreach (var (name, value) in kept)
        {
            html.Append(' ').Append(name);
            if (value is not null) html.Append("=\"").Append(value.Replace("\"", "&quot;")).Append('"');
        }
        html.Append(loading switch
        {
            Loading.First => " fetchpriority=\"high\" decoding=\"async\">",
            Loading.Lazy => " loading=\"lazy\" decoding=\"async\">",
            _ => " decoding=\"async\">",
        });
        if (offered.Count > 0) html.Append("</picture>");
        return html.ToString();
    }

    private static string SrcSet(ProcessedImage image, ImageFormat format, string basePath) =>
        string.Join(", ", image.In(format).Select(v => WebUtility.HtmlEncode(basePath + v.OutputPath) + " " + v.Width + "w"));

    // "/blog/images/a.jpg" on a site at /blog/ is images/a.jpg; a URL elsewhere is not the stage's.
    private static string? SitePath(string url, string basePath)
    {
        int cut = url.IndexOfAny(['?', '#']);
        if (cut >= 0) url = url[..cut];
        if (!url.StartsWith(basePath, StringComparison.Ordinal)) return null;
        try
        {
            return Uri.UnescapeDataString(url[basePath.Length..]);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
