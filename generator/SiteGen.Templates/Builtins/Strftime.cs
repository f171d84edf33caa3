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
        Append(builder, date, pattern, culture);
        return builder.ToString();
    }

    /// <summary>Appends the formatted date; each code is formatted straight into the builder, with no string per code.</summary>
    public static void Append(StringBuilder builder, DateTime date, string pattern, CultureInfo culture)
    {
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
            else if (!AppendCode(builder, date, code, culture)) builder.Append('%').Append(code);
        }
    }

    // Each code is formatted in place (see FormattedAppend) so that printing a date builds no strings.
    private static bool AppendCode(StringBuilder b, DateTime date, char code, CultureInfo culture)
    {
        switch (code)
        {
            case 'a': b.AppendFormatted(date, "ddd", culture); break;
            case 'A': b.AppendFormatted(date, "dddd", culture); break;
            case 'b' or 'h': b.AppendFormatted(date, "MMM", culture); break;
            case 'B': b.AppendFormatted(date, "MMMM", culture); break;
            case 'c': b.AppendFormatted(date, "ddd MMM dd HH:mm:ss yyyy", culture); break;
            case 'C': b.AppendFormatted(date.Year / 100, "D2", culture); break;
            case 'd': b.AppendFormatted(date, "dd", culture); break;
            case 'D': b.AppendFormatted(date, "MM/dd/yy", culture); break;
            case 'e': b.AppendPadded(date.Day, 2, culture); break;
            case 'F': b.AppendFormatted(date, "yyyy-MM-dd", culture); break;
            case 'H': b.AppendFormatted(date, "HH", culture); break;
            case 'I': b.AppendFormatted(date, "hh", culture); break;
            case 'j': b.AppendFormatted(date.DayOfYear, "D3", culture); break;
            case 'k': b.AppendPadded(date.Hour, 2, culture); break;
            case 'l': b.AppendPadded(date.Hour % 12 == 0 ? 12 : date.Hour % 12, 2, culture); break;
            case 'L': b.AppendFormatted(date, "fff", culture); break;
            case 'm': b.AppendFormatted(date, "MM", culture); break;
            case 'M': b.AppendFormatted(date, "mm", culture); break;
            case 'n': b.Append('\n'); break;
            case 'N': b.AppendFormatted(date.Ticks % TimeSpan.TicksPerSecond * 100, "D9", culture); break;
            case 'p': b.AppendFormatted(date, "tt", culture); break;
            case 'P': b.Append(date.ToString("tt", culture).ToLowerInvariant()); break;
            case 'r': b.AppendFormatted(date, "hh:mm:ss tt", culture); break;
            case 'R': b.AppendFormatted(date, "HH:mm", culture); break;
            case 's': b.AppendFormatted((date.ToUniversalTime() - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond, default, culture); break;
            case 'S': b.AppendFormatted(date, "ss", culture); break;
            case 't': b.Append('\t'); break;
            case 'T': b.AppendFormatted(date, "HH:mm:ss", culture); break;
            case 'u': b.AppendFormatted(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek, default, culture); break;
            case 'U': b.AppendFormatted(WeekOfYear(date, DayOfWeek.Sunday, culture), "D2", culture); break;
            case 'v': b.Append(CultureInfo.InvariantCulture, $"{date.Day,2}-{date.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant()}-{date.Year:D4}"); break;
            case 'V': b.AppendFormatted(ISOWeek.GetWeekOfYear(date), "D2", culture); break;
            case 'W': b.AppendFormatted(WeekOfYear(date, DayOfWeek.Monday, culture), "D2", culture); break;
            case 'w': b.AppendFormatted((int)date.DayOfWeek, default, culture); break;
            case 'x': b.AppendFormatted(date, "d", culture); break;
            case 'X': b.AppendFormatted(date, "T", culture); break;
            case 'y': b.AppendFormatted(date, "yy", culture); break;
            case 'Y': b.AppendFormatted(date, "yyyy", culture); break;
            case 'Z': b.AppendFormatted(date, "zzz", culture); break;
            case '%': b.Append('%'); break;
            default: return false;
        }
        return true;
    }

    // Week 1 is the week holding January 1st, weeks starting on firstDay (the culture's week rule).
    private static int WeekOfYear(DateTime date, DayOfWeek firstDay, CultureInfo culture) =>
        culture.Calendar.GetWeekOfYear(date, culture.DateTimeFormat.CalendarWeekRule, firstDay);

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
