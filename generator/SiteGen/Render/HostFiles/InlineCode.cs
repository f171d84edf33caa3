using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// Finds the inline scripts and style elements of a page and hashes them the way a Content-Security-Policy
/// expects ('sha256-' + base64 of the UTF-8 text between the tags), so they run under a policy that
/// allows no inline code otherwise. Works on the page's bytes: every page is scanned, and decoding
/// whole pages to find a few elements would cost more than the scan.
/// </summary>
public static partial class InlineCode
{
    private static readonly HashSet<string> ScriptTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript",
    };

    /// <summary>A policy source that lets hashes match event handlers and style attributes, not only elements.</summary>
    public const string UnsafeHashes = "'unsafe-hashes'";

    [GeneratedRegex("""\s(?<name>on[a-z]+|style)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAttribute();

    public static (IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles) Hashes(string html, bool attributes = false) =>
        Hashes(Encoding.UTF8.GetBytes(html), attributes);

    /// <param name="attributes">Also hash on...= handlers and style= attributes (with <see cref="UnsafeHashes"/>): only for
    /// sites that allow them in content, since every page is then decoded and searched.</param>
    public static (IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles) Hashes(ReadOnlySpan<byte> html, bool attributes = false)
    {
        var scripts = new List<string>();
        var styles = new List<string>();
        if (attributes) AttributeHashes(Encoding.UTF8.GetString(html), scripts, styles);
        int at = 0;
        while (NextElement(html, ref at) is { } element)
        {
            int openEnd = EndOfTag(html, at);
            if (openEnd < 0) break;
            int bodyStart = openEnd + 1;
            int bodyLength = IndexOfClosingTag(html[bodyStart..], element);
            if (bodyLength < 0) break;
            var body = html.Slice(bodyStart, bodyLength);
            if (element == "style")
                styles.Add(Hash(body));
            else if (Runs(Attributes(Encoding.UTF8.GetString(html[(at + element.Length)..openEnd]))))
                scripts.Add(Hash(body));
            at = bodyStart + bodyLength;
        }
        return (scripts, styles);
    }

    // The value as the browser hashes it: entities decoded, as the attribute's text.
    private static void AttributeHashes(string html, List<string> scripts, List<string> styles)
    {
        foreach (Match m in ScriptAttribute().Matches(html))
        {
            var list = m.Groups["name"].Value.Equals("style", StringComparison.OrdinalIgnoreCase) ? styles : scripts;
            if (list.Count == 0 || list[0] != UnsafeHashes) list.Insert(0, UnsafeHashes);
            list.Add(Hash(System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value)));
        }
    }

    public static string Hash(string code) => Hash(Encoding.UTF8.GetBytes(code));

    public static string Hash(ReadOnlySpan<byte> code) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(code)) + "'";

    // Moves past the next "<script" or "<style" (any case) and returns its name, or null when there is none.
    private static string? NextElement(ReadOnlySpan<byte> html, ref int at)
    {
        while (at < html.Length)
        {
            int lt = html[at..].IndexOf((byte)'<');
            if (lt < 0) break;
            at += lt + 1;
            if (NameAt(html[at..], "script"u8)) return "script";
            if (NameAt(html[at..], "style"u8)) return "style";
        }
        at = html.Length;
        return null;
    }

    // The tag name, then a character that ends a name: "<scripts>" is not a script.
    private static bool NameAt(ReadOnlySpan<byte> text, ReadOnlySpan<byte> name) =>
        text.Length > name.Length && Ascii.EqualsIgnoreCase(text[..name.Length], name) && EndsName(text[name.Length]);

    private static bool EndsName(byte b) => b is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    // The '>' that ends the opening tag; a quoted attribute value may contain '>'.
    private static int EndOfTag(ReadOnlySpan<byte> html, int from)
    {
        byte quote = 0;
        for (int i = from; i < html.Length; i++)
        {
            byte b = html[i];
            if (quote != 0) { if (b == quote) quote = 0; }
            else if (b is (byte)'"' or (byte)'\'') quote = b;
            else if (b == '>') return i;
        }
        return -1;
    }

    // Script and style contents are raw text: they end at the first "</name", whatever comes before it.
    private static int IndexOfClosingTag(ReadOnlySpan<byte> text, string element)
    {
        var name = element == "style" ? "style"u8 : "script"u8;
        for (int offset = 0; ;)
        {
            int close = text[offset..].IndexOf("</"u8);
            if (close < 0) return -1;
            offset += close;
            if (NameAt(text[(offset + 2)..], name)) return offset;
            offset += 2;
        }
    }

    // JSON-LD and other data blocks are never executed, so the policy need not allow them.
    private static bool Runs(Dictionary<string, string> attributes) =>
        !attributes.ContainsKey("src") && (!attributes.TryGetValue("type", out var type) || ScriptTypes.Contains(type.Trim()));

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Safety.ContentHtml.Attribute().Matches(text))
            attributes.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value);
        return attributes;
    }
}
