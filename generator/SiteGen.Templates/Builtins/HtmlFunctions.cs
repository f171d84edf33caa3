using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>The <c>html</c> module: escaping text for HTML and URLs, and removing tags.</summary>
public static partial class HtmlFunctions
{
    /// <summary>
    /// The text without HTML tags, comments, or script and style elements (their content included).
    /// Something is a tag only when '&lt;' is followed by a letter, '/', '!' or '?', so "&lt;3" or "a &lt; b" survive.
    /// </summary>
    public static string Strip(SourceSpan span, string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        try
        {
            return MarkupPattern().Replace(text, "");
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ScriptRuntimeException(span, "html.strip took too long on this text; it may contain malformed HTML");
        }
    }

    /// <summary>The text with &amp;, &lt;, &gt;, " and ' replaced by character references.</summary>
    [WritesTo(nameof(WriteEscaped))]
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Most text a page prints (titles, summaries, URLs) has nothing to escape: it is returned as it is.
        if (text.AsSpan().IndexOfAny(EscapedCharacters) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        WriteEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>The streaming form of <see cref="Escape"/>: appends the escaped text in runs between the characters replaced.</summary>
    internal static void WriteEscaped(StringBuilder output, string? text)
    {
        var rest = text.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(EscapedCharacters)) >= 0)
        {
            output.Append(rest[..next]);
            output.Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }
        output.Append(rest);
    }

    private static readonly SearchValues<char> EscapedCharacters = SearchValues.Create("&<>\"'");

    /// <summary>Puts "&lt;br /&gt;" before each line break (\r\n, \n or \r), keeping the break.</summary>
    public static string NewlineToBr(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n') builder.Append("<br />");
            builder.Append(c);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') builder.Append(text[++i]);
        }
        return builder.ToString();
    }

    /// <summary>Percent-encodes everything but unreserved URL characters, so the result fits in a query value or path segment.</summary>
    public static string UrlEncode(string? text) => string.IsNullOrEmpty(text) ? "" : Uri.EscapeDataString(text);

    /// <summary>
    /// Percent-encodes the characters that cannot appear in a URL, keeping its structure
    /// (":/?#[]@!$&amp;'()*+,;=") and any %XX escape already present.
    /// </summary>
    public static string UrlEscape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUrlCharacter(c) || c == '%' && IsEscapeAt(text, i))
            {
                builder.Append(c);
                continue;
            }
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var rune = pair ? new Rune(c, text[++i]) : Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
            int count = rune.EncodeToUtf8(bytes);
            foreach (byte b in bytes[..count]) builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }

    private static bool IsUrlCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".Contains(c);

    private static bool IsEscapeAt(string text, int i) =>
        i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);

    // Quoted attribute values may contain '>'; the character classes are disjoint so matching stays linear.
    [GeneratedRegex("""<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|</?[A-Za-z!?][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkupPattern();
}
