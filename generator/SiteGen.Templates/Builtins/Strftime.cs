using System.Globalization;
using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The %-codes of date.to_string and date.parse (a subset of Ruby's strftime): formats a date
/// with them, or turns a pattern into a .NET custom format for parsing. "%g" switches to the
/// invariant culture; an unknown code is written as is.
/// </summary>
internal static class Strftime
{
    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c != '%' || i + 1 == pattern.Length)
            {
                builder.Append(c);
                continue;
            }
            char code = pattern[++i];
            if (code == 'g') culture = CultureInfo.InvariantCulture;
            else builder.Append(FormatCode(date, code, culture) ?? "%" + code);
        }
        return builder.ToString();
    }

    private static string? FormatCode(DateTime date, char code, CultureInfo culture) => code switch
    {
        'a' => date.ToString("ddd", culture),
        'A' => date.ToString("dddd", culture),
        'b' or 'h' => date.ToString("MMM", culture),
        'B' => date.ToString("MMMM", culture),
        'c' => date.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
        'C' => (date.Year / 100).ToString("D2", culture),
        'd' => date.ToString("dd", culture),
        'D' => date.ToString("MM/dd/yy", culture),
        'e' => date.Day.ToString(culture).PadLeft(2),
        'F' => date.ToString("yyyy-MM-dd", culture),
        'H' => date.ToString("HH", culture),
        'I' => date.ToString("hh", culture),
        'j' => date.DayOfYear.ToString("D3", culture),
        'k' => date.Hour.ToString(culture).PadLeft(2),
        'l' => (date.Hour % 12 == 0 ? 12 : date.Hour % 12).ToString(culture).PadLeft(2),
        'L' => date.ToString("fff", culture),
        'm' => date.ToString("MM", culture),
        'M' => date.ToString("mm", culture),
        'n' => "\n",
        'N' => (date.Ticks % TimeSpan.TicksPerSecond * 100).ToString("D9", culture),
        'p' => date.ToString("tt", culture),
        'P' => date.ToString("tt", culture).ToLowerInvariant(),
        'r' => date.ToString("hh:mm:ss tt", culture),
        'R' => date.ToString("HH:mm", culture),
        's' => ((date.ToUniversalTime() - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond).ToString(culture),
        'S' => date.ToString("ss", culture),
        't' => "\t",
        'T' => date.ToString("HH:mm:ss", culture),
        'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(culture),
        'U' => WeekOfYear(date, DayOfWeek.Sunday, culture),
        'v' => string.Format(CultureInfo.InvariantCulture, "{0,2}-{1}-{2:D4}", date.Day, date.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant(), date.Year),
        'V' => ISOWeek.GetWeekOfYear(date).ToString("D2", culture),
        'W' => WeekOfYear(date, DayOfWeek.Monday, culture),
        'w' => ((int)date.DayOfWeek).ToString(culture),
        'x' => date.ToString("d", culture),
        'X' => date.ToString("T", culture),
        'y' => date.ToString("yy", culture),
        'Y' => date.ToString("yyyy", culture),
        'Z' => date.ToString("zzz", culture),
        '%' => "%",
        _ => null,
    };

    // Week 1 is the week holding January 1st, weeks starting on firstDay (the culture's week rule).
    private static string WeekOfYear(DateTime date, DayOfWeek firstDay, CultureInfo culture) =>
        culture.Calendar.GetWeekOfYear(date, culture.DateTimeFormat.CalendarWeekRule, firstDay).ToString("D2", culture);

    /// <summary>
    /// The .NET custom format equivalent to a %-pattern, for DateTime.TryParseExact. Codes with no
    /// parsing equivalent (%C, %j, %s, %u...) are a located error. Sets <paramref name="culture"/>
    /// to invariant when the pattern contains %g.
    /// </summary>
    public static string ToParseFormat(SourceSpan span, string pattern, ref CultureInfo culture)
    {
        var builder = new StringBuilder(pattern.Length * 2);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c != '%' || i + 1 == pattern.Length)
            {
                AppendLiteral(builder, c);
                continue;
            }
            char code = pattern[++i];
            if (code == 'g')
            {
                culture = CultureInfo.InvariantCulture;
                continue;
            }
            builder.Append(ParseCode(code, culture)
                ?? throw new ScriptRuntimeException(span, $"The pattern %{code} is not supported for the parse method"));
        }
        return builder.ToString();
    }

    private static string? ParseCode(char code, CultureInfo culture) => code switch
    {
        'a' => "ddd",
        'A' => "dddd",
        'b' or 'h' => "MMM",
        'B' => "MMMM",
        'c' => "ddd MMM dd HH:mm:ss yyyy",
        'd' => "dd",
        'D' => "MM/dd/yy",
        'e' => "%d",
        'F' => "yyyy-MM-dd",
        'H' => "HH",
        'I' => "hh",
        'k' => "%H",
        'l' => "%h",
        'L' => "fff",
        'm' => "MM",
        'M' => "mm",
        'n' => "\n",
        'p' or 'P' => "tt",
        'r' => "hh:mm:ss tt",
        'R' => "HH:mm",
        'S' => "ss",
        't' => "\t",
        'T' => "HH:mm:ss",
        'x' => culture.DateTimeFormat.ShortDatePattern,
        'X' => culture.DateTimeFormat.LongTimePattern,
        'y' => "yy",
        'Y' => "yyyy",
        'Z' => "zzz",
        '%' => "\\%",
        _ => null,
    };

    // Letters and quoting characters would be read as format specifiers; separators such as
    // '/' and ':' keep their .NET meaning (the culture's date and time separators).
    private static void AppendLiteral(StringBuilder builder, char c)
    {
        if (char.IsAsciiLetter(c) || c is '\\' or '\'' or '"' or '%') builder.Append('\\');
        builder.Append(c);
    }
}
