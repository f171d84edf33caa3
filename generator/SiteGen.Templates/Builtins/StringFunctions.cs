using System.Globalization;
using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The <c>string</c> module. Null text behaves as an empty string; case changes and number
/// parsing are culture-invariant so output does not depend on the machine.
/// </summary>
public static partial class StringFunctions
{
    public static string Append(string? text, string? with) => (text ?? "") + with;

    public static string Prepend(string? text, string? by) => by + (text ?? "");

    /// <summary>The text with its first character in upper case.</summary>
    public static string Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The text with the first letter of each word in upper case; the rest is kept as is.</summary>
    public static string Capitalizewords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        bool atWordStart = true;
        foreach (char c in text)
        {
            builder.Append(atWordStart && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
            atWordStart = char.IsWhiteSpace(c);
        }
        return builder.ToString();
    }

    public static bool Contains(string? text, string? value) =>
        text is not null && value is not null && text.Contains(value, StringComparison.Ordinal);

    public static bool Empty(string? text) => string.IsNullOrEmpty(text);

    public static bool Whitespace(string? text) => string.IsNullOrWhiteSpace(text);

    public static string Downcase(string? text) => text?.ToLowerInvariant() ?? "";

    public static string Upcase(string? text) => text?.ToUpperInvariant() ?? "";

    public static bool StartsWith(string? text, string? value) =>
        text is not null && value is not null && text.StartsWith(value, StringComparison.Ordinal);

    public static bool EndsWith(string? text, string? value) =>
        text is not null && value is not null && text.EndsWith(value, StringComparison.Ordinal);

    public static bool EqualsIgnoreCase(string? text, string? value) =>
        string.Equals(text, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A URL handle: letters and digits in lower case, every run of other characters turned into
    /// a single dash, with no dash at either end ("100% M &amp; Ms!!!" gives "100-m-ms").
    /// </summary>
    public static string Handleize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        if (builder.Length > 0 && builder[^1] == '-') builder.Length--;
        return builder.ToString();
    }

    public static string Lstrip(string? text) => text?.TrimStart() ?? "";

    public static string Rstrip(string? text) => text?.TrimEnd() ?? "";

    public static string Strip(string? text) => text?.Trim() ?? "";

    /// <summary>The text without any \r or \n.</summary>
    public static string StripNewlines(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("\r", "").Replace("\n", "");

    public static string Pluralize(int number, string? singular, string? plural) =>
        (number == 1 ? singular : plural) ?? "";

    public static string Remove(string? text, string? remove) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(remove) ? text ?? "" : text.Replace(remove, "", StringComparison.Ordinal);

    public static string RemoveFirst(string? text, string? remove) => ReplaceFirst(text, remove, "");

    public static string RemoveLast(string? text, string? remove) => ReplaceFirst(text, remove, "", fromEnd: true);

    public static string Replace(string? text, string? match, string? replace) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(match) ? text ?? "" : text.Replace(match, replace ?? "", StringComparison.Ordinal);

    /// <summary>Replaces the first occurrence of <paramref name="match"/>, or the last one when <paramref name="fromEnd"/> is true.</summary>
    public static string ReplaceFirst(string? text, string? match, string? replace, bool fromEnd = false)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(match)) return text ?? "";
        int index = fromEnd ? text.LastIndexOf(match, StringComparison.Ordinal) : text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + match.Length));
    }

    public static int Size(string? text) => text?.Length ?? 0;

    /// <summary>
    /// The part of the text from <paramref name="start"/> (negative counts from the end) of
    /// <paramref name="length"/> characters; a length of 0 or less means up to the end.
    /// </summary>
    public static string Slice(string? text, int start, int length = 0) =>
        SliceCore(text, start, length <= 0 ? null : length);

    /// <summary>Like <see cref="Slice"/>, but the length defaults to one character.</summary>
    [ScriptMemberName("slice1")]
    public static string Slice1(string? text, int start, int length = 1) =>
        length <= 0 ? "" : SliceCore(text, start, length);

    private static string SliceCore(string? text, int start, int? requested)
    {
        if (string.IsNullOrEmpty(text) || start >= text.Length) return "";
        int length = requested ?? text.Length;
        if (start < 0)
        {
            start += text.Length;
            if (start < 0)
            {
                // A start before the beginning eats into the length, as if the text were padded.
                length += start;
                start = 0;
            }
        }
        length = Math.Min(length, text.Length - start);
        return length <= 0 ? "" : text.Substring(start, length);
    }

    /// <summary>The parts of the text between occurrences of <paramref name="match"/>, empty parts left out.</summary>
    public static ScriptArray Split(string? text, string? match)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var parts = string.IsNullOrEmpty(match)
            ? [text]
            : text.Split(match, StringSplitOptions.RemoveEmptyEntries);
        return new ScriptArray(parts);
    }

    /// <summary>
    /// Cuts the text to at most <paramref name="length"/> characters, the <paramref name="ellipsis"/>
    /// included; text that already fits is returned whole.
    /// </summary>
    [WritesTo(nameof(WriteTruncated))]
    public static string Truncate(string? text, int length, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text)) return "";
        ellipsis ??= "";
        if (text.Length <= length) return text;
        int keep = Math.Max(length - ellipsis.Length, 0);
        return text[..keep] + ellipsis;
    }

    /// <summary>The streaming form of <see cref="Truncate"/>: appends the kept part and the ellipsis without joining them first.</summary>
    internal static void WriteTruncated(StringBuilder output, string? text, int length, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text)) return;
        if (text.Length <= length) { output.Append(text); return; }
        ellipsis ??= "";
        output.Append(text, 0, Math.Max(length - ellipsis.Length, 0)).Append(ellipsis);
    }

    /// <summary>Keeps the first <paramref name="count"/> words (separated by white space) and adds the <paramref name="ellipsis"/>.</summary>
    public static string Truncatewords(string? text, int count, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text)) return "";
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= count) return text;
        return string.Join(' ', words.Take(Math.Max(count, 0))) + ellipsis;
    }

    public static string PadLeft(string? text, int width) => (text ?? "").PadLeft(Math.Max(width, 0));

    public static string PadRight(string? text, int width) => (text ?? "").PadRight(Math.Max(width, 0));

    /// <summary>
    /// The index of the first occurrence of <paramref name="search"/> from <paramref name="startIndex"/>
    /// within <paramref name="count"/> characters, or -1. <paramref name="stringComparison"/> names a
    /// .NET StringComparison (Ordinal by default).
    /// </summary>
    public static int IndexOf(SourceSpan span, string? text, string? search, int? startIndex = null, int? count = null, string? stringComparison = null)
    {
        if (text is null || search is null) return -1;
        var comparison = StringComparison.Ordinal;
        if (stringComparison is not null && !(Enum.TryParse(stringComparison, ignoreCase: false, out comparison) && Enum.IsDefined(comparison)))
            throw new ScriptRuntimeException(span, $"Unknown string comparison `{stringComparison}`");
        int start = startIndex ?? 0;
        if (start < 0 || start > text.Length) return -1;
        int window = Math.Min(count ?? text.Length - start, text.Length - start);
        return window < 0 ? -1 : text.IndexOf(search, start, window, comparison);
    }
}
