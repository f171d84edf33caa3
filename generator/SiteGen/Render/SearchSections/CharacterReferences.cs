using System.Text;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) the way the HTML parser
/// does for the ones Markdown and the theme write. A reference this cannot vouch for (a name outside
/// the short list, no closing ';', a number the parser would replace) makes <see cref="TryDecode"/>
/// fail, and the page goes to the full parser.
/// </summary>
internal static class CharacterReferences
{
    private static readonly Dictionary<string, char> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = '&', ["lt"] = '<', ["gt"] = '>', ["quot"] = '"', ["apos"] = '\'', ["nbsp"] = '\u00A0',
        ["shy"] = '\u00AD', ["copy"] = '\u00A9', ["reg"] = '\u00AE', ["trade"] = '\u2122',
        ["ndash"] = '\u2013', ["mdash"] = '\u2014', ["hellip"] = '\u2026', ["middot"] = '\u00B7',
        ["lsquo"] = '\u2018', ["rsquo"] = '\u2019', ["ldquo"] = '\u201C', ["rdquo"] = '\u201D',
        ["laquo"] = '\u00AB', ["raquo"] = '\u00BB',
    };

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Decodes the reference at the start of <paramref name="text"/> (which starts with '&amp;') into
    /// <paramref name="decoded"/>; <paramref name="consumed"/> is how many characters it took. An
    /// ampersand that starts no reference stands for itself.
    /// </summary>
    /// <returns>False when only the full parser can say what the reference means.</returns>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<char> decoded, out int consumed, out int decodedLength)
    {
        consumed = 1;
        decodedLength = 1;
        decoded[0] = '&';
        if (text.Length < 2) return true;
        if (text[1] == '#') return TryDecodeNumber(text, decoded, ref consumed, ref decodedLength);
        // AngleSharp drops the ';' of "&;", where the standard keeps both: its reading is the reference.
        if (text[1] == ';') return false;
        if (!char.IsAsciiLetterOrDigit(text[1])) return true;

        var end = 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        if (end == text.Length || text[end] != ';' || !NamedBySpan.TryGetValue(text[1..end], out var c)) return false;
        decoded[0] = c;
        consumed = end + 1;
        return true;
    }

    private static bool TryDecodeNumber(ReadOnlySpan<char> text, Span<char> decoded, ref int consumed, ref int decodedLength)
    {
        var hex = text.Length > 2 && text[2] is 'x' or 'X';
        var at = hex ? 3 : 2;
        var value = 0;
        var digits = 0;
        for (; at < text.Length && (hex ? char.IsAsciiHexDigit(text[at]) : char.IsAsciiDigit(text[at])); at++, digits++)
        {
            if (digits == 7) return false;
            value = value * (hex ? 16 : 10) + DigitValue(text[at]);
        }
        if (digits == 0 || at == text.Length || text[at] != ';' || !IsPlainCharacter(value)) return false;
        decodedLength = new Rune(value).EncodeToUtf16(decoded);
        consumed = at + 1;
        return true;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Code points the parser takes as they are: not NUL, controls, surrogates, noncharacters or the C1 range it remaps.</summary>
    private static bool IsPlainCharacter(int value) =>
        value is 0x09 or 0x0A or 0x0C or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF)
        && value is not (>= 0xFDD0 and <= 0xFDEF)
        && (value & 0xFFFE) != 0xFFFE;
}
