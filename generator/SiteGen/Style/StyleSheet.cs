using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Style;

/// <summary>
/// Turns site.yml's <c>style:</c> colours into the few custom properties that re-colour the theme, after checking
/// that every pair of colours they take part in keeps WCAG AA contrast against the theme's own colours. A pair that
/// fails is an error at the colour's line, naming the pair and its ratio.
/// </summary>
public static class StyleSheet
{
    /// <returns>The CSS to add after the theme's stylesheet, or null when site.yml sets no colour (or one failed).</returns>
    public static string? Build(IReadOnlyList<StyleColor> colors, ThemePalette palette, string siteYml, ErrorList errors)
    {
        if (colors.Count == 0) return null;
        bool failed = false;
        var light = new StringBuilder();
        var dark = new StringBuilder();
        foreach (var color in colors)
        {
            var key = StyleKeys.Find(color.Key)!;
            var before = palette.Of(key.Dark);
            if (key.Sets.FirstOrDefault(p => !before.ContainsKey(p)) is { } absent)
            {
                failed = true;
                errors.Add(siteYml, color.Line, color.Column, $"style.{color.Key}: the theme's stylesheet (css/site.css) has no --color-{absent} {(key.Dark ? "in its dark palette " : "")}for it to change");
                continue;
            }
            string value = Contrast.Normalize(color.Value);
            var after = new Dictionary<string, string>(before, StringComparer.Ordinal);
            foreach (string property in key.Sets) after[property] = value;
            foreach (var pair in key.Pairs)
            {
                if (!after.TryGetValue(pair.Front, out var front) || !after.TryGetValue(pair.Back, out var back)) continue;
                double ratio = Contrast.Ratio(front, back);
                if (ratio >= pair.Minimum) continue;
                failed = true;
                errors.Add(siteYml, color.Line, color.Column, string.Create(CultureInfo.InvariantCulture,
                    $"style.{color.Key} {color.Value} fails WCAG AA: --color-{pair.Front} {front} on --color-{pair.Back} {back} is {Math.Floor(ratio * 100) / 100:0.00}:1, {(pair.Minimum >= 4.5 ? "text" : "this")} needs {pair.Minimum:0.#}:1"));
            }
            foreach (string property in key.Sets) (key.Dark ? dark : light).Append($"--color-{property}:{value};");
        }
        if (failed) return null;
        var css = new StringBuilder();
        if (light.Length > 0) css.Append(":root{").Append(light).Append('}');
        if (dark.Length > 0) css.Append("@media (prefers-color-scheme: dark){:root{").Append(dark).Append("}}");
        return css.ToString();
    }
}
