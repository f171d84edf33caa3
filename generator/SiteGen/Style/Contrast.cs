using System.Globalization;

namespace SiteGen.Style;

/// <summary>WCAG 2's contrast ratio of two sRGB colours written as #rgb or #rrggbb.</summary>
public static class Contrast
{
    public static bool IsColor(string text) =>
        text.Length is 4 or 7 && text[0] == '#' && text.AsSpan(1).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0;

    /// <summary>From 1 (the same colour) to 21 (black on white).</summary>
    public static double Ratio(string a, string b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>#2F6F62 and #2f6f62 alike as #2f6f62; #abc as #aabbcc.</summary>
    public static string Normalize(string color) =>
        (color.Length == 4 ? $"#{color[1]}{color[1]}{color[2]}{color[2]}{color[3]}{color[3]}" : color).ToLowerInvariant();

    private static double Luminance(string color)
    {
        string hex = Normalize(color);
        double Channel(int at)
        {
            double c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
