namespace SiteGen.Checks.Reading;

/// <summary>
/// English syllables by rule: the groups of vowels (a e i o u y), less a silent final e (but not -le), -es or -ed (but
/// not -ted, -ded), at least one per word; a number is one syllable. Close to a dictionary's count on ordinary prose,
/// which is all a grade needs.
/// </summary>
public static class EnglishSyllables
{
    public static int Count(string word) => Count(word.AsSpan());

    public static int Count(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0])) return 1;
        // Most words are lower-case letters only, counted as they are; the others are lowered and split at hyphens first.
        if (!word.ContainsAnyExceptInRange('a', 'z')) return OfPart(word);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        foreach (char c in word) if (c is not ('\'' or '’')) lower[length++] = char.ToLowerInvariant(c);
        int total = 0;
        foreach (var part in lower[..length].Split('-'))
            if (part.End.Value > part.Start.Value) total += OfPart(lower[part]);
        return Math.Max(1, total);
    }

    // One pass: the vowel groups, less one for a silent ending (-es but not -les, -ed but not -ted or -ded, -e but not
    // -le) when the ending's vowel starts a group of its own.
    private static int OfPart(ReadOnlySpan<char> w)
    {
        if (w.Length <= 3) return 1;
        int n = w.Length;
        // The letters the count stops before: the silent ending is left out, as if the word were cut there.
        int end = n;
        if (w[n - 1] == 's' && w[n - 2] == 'e' && w[n - 3] != 'l') end = n - 2;
        else if (w[n - 1] == 'd' && w[n - 2] == 'e' && w[n - 3] is not ('t' or 'd')) end = n - 2;
        else if (w[n - 1] == 'e' && w[n - 2] != 'l') end = n - 1;
        int groups = 0;
        bool inGroup = false;
        for (int i = 0; i < end; i++)
        {
            bool vowel = w[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !inGroup) groups++;
            inGroup = vowel;
        }
        return Math.Max(1, groups);
    }
}
