namespace SiteGen.Style;

/// <summary>
/// What each key of site.yml's <c>style:</c> re-colours in a theme's palette, and the pairs of colours that must
/// then keep WCAG AA contrast: 4.5:1 for text, 3:1 for what is not text (a button's outline, an accent mark).
/// </summary>
public static class StyleKeys
{
    /// <summary>A pair the palette must keep readable: <paramref name="Front"/> drawn on <paramref name="Back"/>.</summary>
    public sealed record Pair(string Front, string Back, double Minimum);

    /// <summary>A key: the palette (light or dark) it changes, the custom properties it sets, and the pairs to check.</summary>
    public sealed record Key(string Name, bool Dark, string Meaning, IReadOnlyList<string> Sets, IReadOnlyList<Pair> Pairs);

    private static readonly string[] AccentSets = ["link", "link-hover", "accent", "button-bg", "tag-text"];

    private static readonly Pair[] AccentPairs =
    [
        new("link", "bg", 4.5), new("link", "surface", 4.5), new("link", "highlight", 4.5),
        new("tag-text", "tag-bg", 4.5), new("button-text", "button-bg", 4.5), new("accent", "bg", 3),
    ];

    private static readonly string[] HelplineSets = ["cta-bg", "cta-button-text"];

    private static readonly Pair[] HelplinePairs =
        [new("cta-text", "cta-bg", 4.5), new("cta-button-bg", "cta-bg", 3), new("cta-button-text", "cta-button-bg", 4.5)];

    public static readonly IReadOnlyList<Key> All =
    [
        new("accent", false, "links, buttons and topic tags", AccentSets, AccentPairs),
        new("helpline", false, "the helpline band", HelplineSets, HelplinePairs),
        new("accent_dark", true, "links, buttons and topic tags in dark mode", AccentSets, AccentPairs),
        new("helpline_dark", true, "the helpline band in dark mode", HelplineSets, HelplinePairs),
    ];

    public static Key? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
