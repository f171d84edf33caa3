using System.Text.RegularExpressions;

namespace SiteGen.Style;

/// <summary>
/// A theme's colours as its stylesheet declares them: the <c>--color-*</c> custom properties of its first
/// <c>:root</c> block (light) and of the <c>:root</c> inside <c>@media (prefers-color-scheme: dark)</c>.
/// </summary>
public sealed partial record ThemePalette(IReadOnlyDictionary<string, string> Light, IReadOnlyDictionary<string, string> Dark)
{
    public IReadOnlyDictionary<string, string> Of(bool dark) => dark ? Dark : Light;

    public static ThemePalette Read(string css)
    {
        int darkAt = css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal);
        string light = darkAt < 0 ? css : css[..darkAt];
        string dark = darkAt < 0 ? "" : css[darkAt..];
        return new ThemePalette(Properties(FirstRoot(light)), Properties(FirstRoot(dark)));
    }

    private static string FirstRoot(string css)
    {
        int root = css.IndexOf(":root", StringComparison.Ordinal);
        if (root < 0) return "";
        int open = css.IndexOf('{', root), close = open < 0 ? -1 : css.IndexOf('}', open);
        return open < 0 || close < 0 ? "" : css[(open + 1)..close];
    }

    private static Dictionary<string, string> Properties(string block) =>
        ColorProperty().Matches(block).ToDictionary(m => m.Groups[1].Value, m => Contrast.Normalize(m.Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"--color-([a-z-]+)\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")]
    private static partial Regex ColorProperty();
}
