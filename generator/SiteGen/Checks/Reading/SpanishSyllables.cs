namespace SiteGen.Checks.Reading;

/// <summary>
/// Spanish syllables by the spelling rules: each group of vowels is one syllable (a diphthong or triphthong: "cien",
/// "buey"), plus one wherever two open vowels (a, e, o) meet, or a weak vowel with an accent (í, ú) meets any vowel,
/// or a vowel is doubled: those are hiatus ("le-ón", "dí-a", "le-er"). A final y after a vowel is a vowel ("hoy",
/// "muy"), as is "y" alone; elsewhere it is a consonant, and so is h. A number is one syllable.
/// </summary>
public static class SpanishSyllables
{
    public static int Count(string word) => Count(word.AsSpan());

    public static int Count(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0])) return 1;
        int total = 0;
        foreach (var part in word.Split('-'))
            if (part.End.Value > part.Start.Value) total += OfPart(word[part]);
        return Math.Max(1, total);
    }

    private static int OfPart(ReadOnlySpan<char> w)
    {
        int syllables = 0;
        char previous = '\0';
        for (int i = 0; i < w.Length; i++)
        {
            char c = char.ToLowerInvariant(w[i]);
            if (!IsVowel(c, i, w))
            {
                previous = '\0';
                continue;
            }
            if (previous == '\0' || IsHiatus(previous, c)) syllables++;
            previous = c;
        }
        return Math.Max(1, syllables);
    }

    private static bool IsVowel(char c, int i, ReadOnlySpan<char> w) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü' => true,
        'y' => w.Length == 1 || (i == w.Length - 1 && IsVowel(char.ToLowerInvariant(w[i - 1]), i - 1, w)),
        _ => false,
    };

    private static bool IsHiatus(char first, char second) => (IsStrong(first) && IsStrong(second)) || first == second;

    // Open vowels, and closed ones whose accent makes them the syllable's own (dí-a, ba-úl).
    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';
}
