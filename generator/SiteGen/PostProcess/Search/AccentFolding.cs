namespace SiteGen.PostProcess.Search;

/// <summary>
/// Letters with accents as their plain letter: "recaída" as "recaida", "niño" as "nino". Written out, not through
/// Unicode normalization: SiteGen runs with invariant globalization, and the browser's twin (<c>fold()</c> in
/// search-text.js) must give the same letters.
/// </summary>
public static class AccentFolding
{
    private const string From = "áàâäãåéèêëíìîïóòôöõúùûüñçý";
    private const string To = "aaaaaaeeeeiiiiooooouuuuncy";

    public static string Fold(string word)
    {
        int first = word.AsSpan().IndexOfAny(From);
        if (first < 0) return word;
        return string.Create(word.Length, word, (chars, w) =>
        {
            for (int i = 0; i < w.Length; i++)
            {
                int at = From.IndexOf(w[i]);
                chars[i] = at < 0 ? w[i] : To[at];
            }
        });
    }
}
