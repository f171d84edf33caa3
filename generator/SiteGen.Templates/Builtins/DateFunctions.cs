using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The <c>date</c> module. Dates print with <see cref="DefaultFormat"/> ("%d %b %Y"); the
/// %-codes are those of <see cref="Strftime"/>. The current time comes from
/// <see cref="TemplateContext.Now"/>, which a host can pin for reproducible builds.
/// </summary>
public static partial class DateFunctions
{
    /// <summary>The format dates print with, exposed to templates as date.default_format and date.format.</summary>
    public const string DefaultFormat = "%d %b %Y";

    public static DateTime Now(TemplateContext context) => context.Now();

    public static DateTime UtcNow(TemplateContext context) => context.Now().ToUniversalTime();

    public static DateTime AddDays(DateTime date, double days) => date.AddDays(days);

    public static DateTime AddMonths(DateTime date, int months) => date.AddMonths(months);

    public static DateTime AddYears(DateTime date, int years) => date.AddYears(years);

    public static DateTime AddHours(DateTime date, double hours) => date.AddHours(hours);

    public static DateTime AddMinutes(DateTime date, double minutes) => date.AddMinutes(minutes);

    public static DateTime AddSeconds(DateTime date, double seconds) => date.AddSeconds(seconds);

    public static DateTime AddMilliseconds(DateTime date, double millis) => date.AddMilliseconds(millis);

    /// <summary>
    /// Reads a date from text, with an optional %-<paramref name="pattern"/> and culture name.
    /// Null or empty text, and text that is not a date, give null. A date with a time-zone offset
    /// or a trailing Z is converted to local time.
    /// </summary>
    public static DateTime? Parse(TemplateContext context, SourceSpan span, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var provider = Cultures.Resolve(span, culture, context.Culture);
        string? format = pattern is null ? null : Strftime.ToParseFormat(span, pattern, ref provider);

        bool zoned = ZonePattern().IsMatch(text) || text.TrimEnd().EndsWith('Z') || text.TrimEnd().EndsWith('z');
        if (zoned)
        {
            bool parsedOffset = format is null
                ? DateTimeOffset.TryParse(text, provider, DateTimeStyles.None, out var offset)
                : DateTimeOffset.TryParseExact(text, format, provider, DateTimeStyles.None, out offset);
            return parsedOffset ? offset.LocalDateTime : null;
        }
        bool parsed = format is null
            ? DateTime.TryParse(text, provider, DateTimeStyles.AssumeLocal, out var date)
            : DateTime.TryParseExact(text, format, provider, DateTimeStyles.AssumeLocal, out date);
        return parsed ? date : null;
    }

    /// <summary>Parses text as <see cref="Parse"/> does and formats the date as <see cref="ToText"/> does.</summary>
    /// <remarks>The parameter names are the documented named arguments (<c>input_pattern: "%m %d"</c>).</remarks>
    public static string? ParseToString(TemplateContext context, SourceSpan span, string? text, string? output_pattern = null,
        string? output_culture = null, string? input_pattern = null, string? input_culture = null)
    {
        var date = Parse(context, span, text, input_pattern, input_culture);
        return ToText(context, span, date, output_pattern ?? DefaultFormat, output_culture);
    }

    /// <summary>
    /// The date written with a %-pattern, in the template's culture or the one named. "%g" alone
    /// writes the default format in the invariant culture. A null date gives null.
    /// </summary>
    [ScriptMemberName("to_string")]
    [WritesTo(nameof(WriteText))]
    public static string? ToText(TemplateContext context, SourceSpan span, DateTime? date, string? pattern, string? culture = null)
    {
        if (date is null) return null;
        var builder = new StringBuilder(32);
        WriteText(builder, context, span, date, pattern, culture);
        return builder.ToString();
    }

    /// <summary>The streaming form of <see cref="ToText"/>: formats the date straight into the output.</summary>
    internal static void WriteText(StringBuilder output, TemplateContext context, SourceSpan span, DateTime? date, string? pattern, string? culture = null)
    {
        if (date is null) return;
        if (pattern is null) throw new ScriptRuntimeException(span, "The date pattern cannot be null");
        if (pattern == "%g") pattern = GeneralPattern;
        Strftime.Append(output, date.Value, pattern, Cultures.Resolve(span, culture, context.Culture));
    }

    private const string GeneralPattern = "%g " + DefaultFormat;

    [GeneratedRegex(@"[+-]\d\d:?\d\d\s*$|\+\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZonePattern();
}
