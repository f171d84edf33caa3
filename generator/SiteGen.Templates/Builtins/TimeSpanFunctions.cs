using System.Globalization;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>The <c>timespan</c> module: building time intervals. Members such as .days and .total_hours are read like those of any object.</summary>
public static class TimeSpanFunctions
{
    /// <summary>The empty interval, exposed to templates as timespan.zero.</summary>
    public static TimeSpan Zero() => TimeSpan.Zero;

    public static TimeSpan FromDays(double days) => TimeSpan.FromDays(days);

    public static TimeSpan FromHours(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan FromMinutes(double minutes) => TimeSpan.FromMinutes(minutes);

    public static TimeSpan FromSeconds(double seconds) => TimeSpan.FromSeconds(seconds);

    public static TimeSpan FromMilliseconds(double millis) => TimeSpan.FromMilliseconds(millis);

    /// <summary>Reads an interval such as "1.02:03:04.5" ([d.]hh:mm[:ss[.fff]]); malformed text is a located error.</summary>
    public static TimeSpan Parse(SourceSpan span, string? text)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)) return value;
        throw new ScriptRuntimeException(span, $"Invalid timespan `{text}`. Expected [d.]hh:mm[:ss[.fff]]");
    }
}
