namespace SiteGen.Languages;

/// <summary>
/// Which plural form a count takes in a language: the CLDR cardinal categories "one" and "other", which is
/// all the languages SiteGen knows the rule of need for whole numbers. A language not listed takes English's rule.
/// </summary>
public static class PluralRule
{
    public const string One = "one";
    public const string Other = "other";

    // French, Portuguese (Brazil) and Hindi count 0 with 1; most languages only 1; these name every count alike.
    private static readonly HashSet<string> ZeroIsOne = new(StringComparer.OrdinalIgnoreCase) { "fr", "pt", "hi", "hy", "kab" };
    private static readonly HashSet<string> NoPlural = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko", "vi", "th", "id", "ms" };

    public static string For(string language, long count)
    {
        string code = BaseCode(language);
        if (NoPlural.Contains(code)) return Other;
        if (ZeroIsOne.Contains(code)) return count is 0 or 1 ? One : Other;
        return count == 1 ? One : Other;
    }

    /// <summary>The language without its region: "pt" of "pt-BR".</summary>
    public static string BaseCode(string language)
    {
        int dash = language.IndexOfAny(['-', '_']);
        return dash < 0 ? language : language[..dash];
    }
}
