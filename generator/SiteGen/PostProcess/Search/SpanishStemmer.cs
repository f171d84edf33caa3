namespace SiteGen.PostProcess.Search;

/// <summary>
/// Snowball's Spanish stemmer (snowballstem.org/algorithms/spanish), run on words whose accents are folded
/// (<see cref="AccentFolding"/>): its suffix lists are taken without accents, so "recaída", "recaida" and
/// "recaídas" meet. Readers in crisis type on phones, often without accents; the index must not care.
/// Twin of <c>spanishStem()</c> in search-text.js: change them together (a test runs both over one word list).
/// </summary>
public static class SpanishStemmer
{
    private static readonly string[] Pronouns = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];
    private static readonly string[] BeforePronoun = ["iendo", "ando", "ar", "er", "ir", "yendo"];

    private static readonly string[] PlainDeletions =
        ["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista", "istas",
         "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"];
    private static readonly string[] IcDeletions = ["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"];
    private static readonly string[] StandardSuffixes =
        [.. PlainDeletions, .. IcDeletions, "logia", "logias", "ucion", "uciones", "encia", "encias", "amente", "mente",
         "idad", "idades", "iva", "ivo", "ivas", "ivos"];

    private static readonly string[] YVerbSuffixes = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"];
    private static readonly string[] GuVerbSuffixes = ["en", "es", "eis", "emos"];
    private static readonly string[] VerbSuffixes =
        [.. GuVerbSuffixes,
         "arian", "arias", "aran", "aras", "ariais", "aria", "areis", "ariamos", "aremos", "ara", "are",
         "erian", "erias", "eran", "eras", "eriais", "eria", "ereis", "eriamos", "eremos", "era", "ere",
         "irian", "irias", "iran", "iras", "iriais", "iria", "ireis", "iriamos", "iremos", "ira", "ire",
         "aba", "ada", "ida", "ia", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ian",
         "aran", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "io", "ar", "er", "ir", "as",
         "abas", "adas", "idas", "ias", "aras", "ieras", "ases", "ieses", "is", "ais", "abais", "iais", "arais",
         "ierais", "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos", "iamos", "imos",
         "aramos", "ieramos", "iesemos", "asemos"];
    private static readonly string[] ResidualSuffixes = ["os", "a", "o", "i", "e"];

    /// <summary>The stem of a lower-case word, accents folded first.</summary>
    public static string Stem(string word)
    {
        string w = AccentFolding.Fold(word);
        if (w.Length <= 2) return w;
        var (rv, r1, r2) = Regions(w);
        w = AttachedPronoun(w, rv);
        // Regions are positions: removing a suffix never moves the start of one.
        w = StandardSuffix(w, r1, r2) ?? YVerbSuffix(w, rv) ?? VerbSuffix(w, rv) ?? w;
        return ResidualSuffix(w, rv);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // RV: after the next vowel when the second letter is a consonant, after the next consonant when the first two are
    // vowels, else after the third letter. R1 and R2 as in every Snowball stemmer.
    private static (int Rv, int R1, int R2) Regions(string w)
    {
        int rv = w.Length;
        if (w.Length >= 2)
        {
            if (!IsVowel(w[1])) rv = AfterNext(w, 2, vowel: true);
            else if (IsVowel(w[0])) rv = AfterNext(w, 2, vowel: false);
            else rv = 3;
        }
        int r1 = AfterVowelThenConsonant(w, 0);
        int r2 = AfterVowelThenConsonant(w, r1);
        return (Math.Min(rv, w.Length), r1, r2);
    }

    private static int AfterNext(string w, int from, bool vowel)
    {
        for (int i = from; i < w.Length; i++)
            if (IsVowel(w[i]) == vowel) return i + 1;
        return w.Length;
    }

    private static int AfterVowelThenConsonant(string w, int from)
    {
        for (int i = from + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    private static string? Longest(string w, string[] suffixes, int notBefore = 0)
    {
        string? found = null;
        foreach (string s in suffixes)
            if (s.Length > (found?.Length ?? 0) && w.Length - s.Length >= notBefore && w.EndsWith(s, StringComparison.Ordinal)) found = s;
        return found;
    }

    private static string AttachedPronoun(string w, int rv)
    {
        if (Longest(w, Pronouns) is not { } pronoun) return w;
        string before = w[..^pronoun.Length];
        if (Longest(before, BeforePronoun) is not { } ending || before.Length - ending.Length < rv) return w;
        return ending == "yendo" && !before[..^ending.Length].EndsWith('u') ? w : before;
    }

    // Null when no suffix of this step applies: the verb steps are tried then.
    private static string? StandardSuffix(string w, int r1, int r2)
    {
        if (Longest(w, StandardSuffixes) is not { } suffix) return null;
        int start = w.Length - suffix.Length;
        bool InR2(int at) => at >= r2;
        if (PlainDeletions.Contains(suffix)) return InR2(start) ? w[..start] : null;
        if (IcDeletions.Contains(suffix))
        {
            if (!InR2(start)) return null;
            string cut = w[..start];
            return cut.EndsWith("ic", StringComparison.Ordinal) && InR2(cut.Length - 2) ? cut[..^2] : cut;
        }
        switch (suffix)
        {
            case "logia" or "logias": return InR2(start) ? w[..start] + "log" : null;
            case "ucion" or "uciones": return InR2(start) ? w[..start] + "u" : null;
            case "encia" or "encias": return InR2(start) ? w[..start] + "ente" : null;
            case "amente":
            {
                if (start < r1) return null;
                string cut = w[..start];
                if (Longest(cut, ["iv", "os", "ic", "ad"]) is { } before && InR2(cut.Length - 2))
                {
                    cut = cut[..^2];
                    if (before == "iv" && cut.EndsWith("at", StringComparison.Ordinal) && InR2(cut.Length - 2)) cut = cut[..^2];
                }
                return cut;
            }
            case "mente":
            {
                if (!InR2(start)) return null;
                string cut = w[..start];
                return Longest(cut, ["ante", "able", "ible"]) is { } before && InR2(cut.Length - before.Length) ? cut[..^before.Length] : cut;
            }
            case "idad" or "idades":
            {
                if (!InR2(start)) return null;
                string cut = w[..start];
                return Longest(cut, ["abil", "ic", "iv"]) is { } before && InR2(cut.Length - before.Length) ? cut[..^before.Length] : cut;
            }
            default: // iva ivo ivas ivos
            {
                if (!InR2(start)) return null;
                string cut = w[..start];
                return cut.EndsWith("at", StringComparison.Ordinal) && InR2(cut.Length - 2) ? cut[..^2] : cut;
            }
        }
    }

    // A suffix in RV beginning with y, deleted when a u comes before it (the u may lie before RV).
    private static string? YVerbSuffix(string w, int rv)
    {
        if (Longest(w, YVerbSuffixes, rv) is not { } suffix) return null;
        string cut = w[..^suffix.Length];
        return cut.EndsWith('u') ? cut : null;
    }

    private static string? VerbSuffix(string w, int rv)
    {
        if (Longest(w, VerbSuffixes, rv) is not { } suffix) return null;
        string cut = w[..^suffix.Length];
        // "-guen", "-gues": the u only spells the g hard.
        return GuVerbSuffixes.Contains(suffix) && cut.EndsWith("gu", StringComparison.Ordinal) ? cut[..^1] : cut;
    }

    private static string ResidualSuffix(string w, int rv)
    {
        if (Longest(w, ResidualSuffixes) is not { } suffix || w.Length - suffix.Length < rv) return w;
        string cut = w[..^suffix.Length];
        return suffix == "e" && cut.EndsWith("gu", StringComparison.Ordinal) && cut.Length - 1 >= rv ? cut[..^1] : cut;
    }
}
