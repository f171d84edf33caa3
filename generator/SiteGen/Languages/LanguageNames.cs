namespace SiteGen.Languages;

/// <summary>
/// Each language's name in itself, as a language switcher shows it ("Español", not "Spanish"): a reader looks
/// for their own language's name. site.yml's <c>name:</c> overrides it; a code not listed shows its code.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Own = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "العربية", ["de"] = "Deutsch", ["en"] = "English", ["es"] = "Español", ["fa"] = "فارسی",
        ["fr"] = "Français", ["hi"] = "हिन्दी", ["ht"] = "Kreyòl ayisyen", ["it"] = "Italiano", ["ja"] = "日本語",
        ["ko"] = "한국어", ["nl"] = "Nederlands", ["pl"] = "Polski", ["pt"] = "Português", ["ru"] = "Русский",
        ["so"] = "Soomaali", ["tl"] = "Tagalog", ["uk"] = "Українська", ["vi"] = "Tiếng Việt", ["zh"] = "中文",
    };

    public static string Of(string code) =>
        Own.TryGetValue(code, out string? name) ? name : Own.TryGetValue(PluralRule.BaseCode(code), out name) ? name : code;

    /// <summary>A BCP 47 tag as site.yml may write one: a language of two or three letters, then optional subtags ("es", "pt-BR", "zh-Hant").</summary>
    public static bool IsCode(string text)
    {
        var parts = text.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterLower)) return false;
        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
