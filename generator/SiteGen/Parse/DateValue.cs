using System.Globalization;

namespace SiteGen.Parse;

/// <summary>Dates as front matter writes them: a YAML date (2025-03-14) or ISO 8601 with a time and offset.</summary>
public static class DateValue
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmzzz",
        "yyyy-MM-ddTHH:mm:sszzz",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-ddTHH:mm:ssZ",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mm:ss zzz",
    ];

    /// <summary>Times without an offset are taken as UTC, so a build gives the same dates on any machine.</summary>
    public static bool TryParse(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out date);
}
