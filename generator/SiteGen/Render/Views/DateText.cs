using System.Globalization;

namespace SiteGen.Render.Views;

/// <summary>How views print dates: a readable form for people and an ISO form for datetime attributes.</summary>
internal static class DateText
{
    public static string Readable(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Readable(DateTimeOffset? date) => date is { } d ? Readable(d) : null;

    public static string? Iso(DateTimeOffset? date) => date is { } d ? Iso(d) : null;
}
