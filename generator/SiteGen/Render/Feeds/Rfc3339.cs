using System.Globalization;

namespace SiteGen.Render.Feeds;

/// <summary>
/// Dates as RFC 3339 / W3C Datetime, the one form Atom, sitemaps and schema.org all accept.
/// Seconds precision with the offset kept, so the same input always prints the same text.
/// </summary>
public static class Rfc3339
{
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The calendar date alone, for properties such as schema.org's lastReviewed.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
