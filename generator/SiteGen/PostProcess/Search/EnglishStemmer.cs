namespace SiteGen.PostProcess.Search;

/// <summary>
/// The Porter2 (Snowball English) stemmer. themes/default/assets/js/search.js holds a step-for-step twin:
/// a query only finds what the index holds when both produce the same stem, so change them together
/// (a test runs both over tests/SiteGen.Tests/Search/stemmer-words.txt).
/// </summary>
/// <remarks>Expects a lower-case word; 'Y' marks a y that acts as a consonant while stemming.</remarks>
public static class EnglishStemmer
{
    private static readonly Dictionary<string, string> WholeWordExceptions = new(StringComparer.Ordinal)
    {
        ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli",
        ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> InvariantAfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    // Prefixes whose R1 would otherwise start too early and merge unrelated words (general/generous).
    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (WholeWordExceptions.TryGetValue(word, out var exception)) return exception;

        var s = MarkConsonantY(word.StartsWith('\'') ? word[1..] : word);
        var r1 = R1Start(s);
        var r2 = RegionStart(s, r1);

        s = Step0(s);
        s = Step1A(s);
        if (InvariantAfterStep1A.Contains(s)) return s;
        s = Step1B(s, r1);
        s = Step1C(s);
        s = Step2(s, r1);
        s = Step3(s, r1, r2);
        s = Step4(s, r2);
        s = Step5(s, r1, r2);
        return s.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string MarkConsonantY(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1]))) chars[i] = 'Y';
        }
        return new string(chars);
    }

    private static int R1Start(string s)
    {
        foreach (var prefix in R1Prefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal)) return prefix.Length;
        }
        return RegionStart(s, 0);
    }

    /// <summary>The index just after the first non-vowel that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int RegionStart(string s, int from)
    {
        for (var i = from + 1; i < s.Length; i++)
        {
            if (!IsVowel(s[i]) && IsVowel(s[i - 1])) return i + 1;
        }
        return s.Length;
    }

    /// <summary>Whether the first <paramref name="length"/> letters end in a short syllable.</summary>
    private static bool EndsInShortSyllable(string s, int length)
    {
        if (length == 2) return IsVowel(s[0]) && !IsVowel(s[1]);
        if (length < 3) return false;
        var last = s[length - 1];
        return !IsVowel(s[length - 3]) && IsVowel(s[length - 2]) && !IsVowel(last) && last is not ('w' or 'x' or 'Y');
    }

    private static bool IsShortWord(string s, int r1) => r1 >= s.Length && EndsInShortSyllable(s, s.Length);

    private static bool ContainsVowel(string s, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(s[i])) return true;
        }
        return false;
    }

    private static string Step0(string s)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["'s'", "'s", "'"])
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal)) return s[..^suffix.Length];
        }
        return s;
    }

    private static string Step1A(string s)
    {
        if (s.EndsWith("sses", StringComparison.Ordinal)) return s[..^2];
        if (s.EndsWith("ied", StringComparison.Ordinal) || s.EndsWith("ies", StringComparison.Ordinal))
        {
            return s.Length > 4 ? s[..^2] : s[..^1];
        }
        if (s.EndsWith("us", StringComparison.Ordinal) || s.EndsWith("ss", StringComparison.Ordinal)) return s;
        if (s.EndsWith('s') && ContainsVowel(s, s.Length - 2)) return s[..^1];
        return s;
    }

    private static string Step1B(string s, int r1)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["eedly", "eed"])
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            return s.Length - suffix.Length >= r1 ? s[..^suffix.Length] + "ee" : s;
        }
        foreach (var suffix in (ReadOnlySpan<string>)["ingly", "edly", "ing", "ed"])
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = s[..^suffix.Length];
            if (!ContainsVowel(stem, stem.Length)) return s;
            if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
            {
                return stem + "e";
            }
            if (EndsInDouble(stem)) return stem[..^1];
            return IsShortWord(stem, r1) ? stem + "e" : stem;
        }
        return s;
    }

    private static bool EndsInDouble(string s) =>
        s.Length >= 2 && s[^1] == s[^2] && s[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static string Step1C(string s)
    {
        if (s.Length > 2 && s[^1] is 'y' or 'Y' && !IsVowel(s[^2])) return s[..^1] + "i";
        return s;
    }

    private static string Step2(string s, int r1)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r1) return s;
            if (suffix == "ogi" && (start == 0 || s[start - 1] != 'l')) return s;
            if (suffix == "li" && (start == 0 || s[start - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't'))) return s;
            return s[..start] + replacement;
        }
        return s;
    }

    private static string Step3(string s, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r1 || (suffix == "ative" && start < r2)) return s;
            return s[..start] + replacement;
        }
        return s;
    }

    private static string Step4(string s, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var start = s.Length - suffix.Length;
            if (start < r2) return s;
            if (suffix == "ion" && (start == 0 || s[start - 1] is not ('s' or 't'))) return s;
            return s[..start];
        }
        return s;
    }

    private static string Step5(string s, int r1, int r2)
    {
        var start = s.Length - 1;
        if (s.EndsWith('e') && (start >= r2 || (start >= r1 && !EndsInShortSyllable(s, start)))) return s[..start];
        if (s.EndsWith('l') && start >= r2 && start > 0 && s[start - 1] == 'l') return s[..start];
        return s;
    }
}
