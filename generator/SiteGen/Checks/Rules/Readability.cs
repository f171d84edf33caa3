namespace SiteGen.Checks.Rules;

/// <summary>The counts behind a Flesch-Kincaid grade, and the grade.</summary>
public readonly record struct ReadingLevel(int Words, int Sentences, int Syllables)
{
    /// <summary>0.39 × words/sentences + 11.8 × syllables/words − 15.59; 0 for a text without words.</summary>
    public double Grade => Words == 0 || Sentences == 0 ? 0 : 0.39 * Words / Sentences + 11.8 * Syllables / Words - 15.59;
}

/// <summary>
/// The Flesch-Kincaid grade of an article's body (NIH and the AMA advise health material at an 8th-grade level or below).
/// Counted over the body's paragraphs, list items and quotes (not headings, code, tables' markup or URLs):
/// each paragraph or list item ends a sentence, and so do '.', '!' and '?' followed by a space, except after a short
/// list of abbreviations (Dr. Mr. Mrs. Ms. St. e.g. i.e. etc. vs.) or an initial. A word is a run of letters
/// (apostrophes and hyphens inside it) or of digits. Syllables are the groups of vowels (a e i o u y), less a silent
/// final e (but not -le), -es or -ed (but not -ted, -ded), at least one per word; a number is one syllable.
/// </summary>
public sealed class Readability : ICheckRule
{
    public const int LongSentence = 25;

    public string Id => "readability";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "etc", "vs", "jr", "sr", "prof" };

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        if (!document.IsArticle) yield break;
        var (level, sentences) = document.Reading;
        if (level.Words == 0 || level.Grade <= context.Settings.ReadabilityTarget) yield break;
        var (line, column) = document.Fields.Of("title");
        yield return new RuleFinding(line, column,
            FormattableString.Invariant($"reading grade {level.Grade:0.0}, above the target of {context.Settings.ReadabilityTarget:0.#}"),
            "shorter sentences and shorter words");
        // Where to start: the longest sentences, which weigh most in the grade.
        foreach (var sentence in sentences.OrderByDescending(s => s.Words).ThenBy(s => s.Line).Take(3))
            yield return new RuleFinding(sentence.Line, sentence.Column, $"a sentence of {sentence.Words} words", "split it in two or three");
    }

    public readonly record struct Sentence(int Line, int Column, int Words);

    /// <summary>The body's counts, and its sentences of more than <see cref="LongSentence"/> words with where each starts.</summary>
    public static (ReadingLevel Level, IReadOnlyList<Sentence> LongSentences) Measure(CheckedDocument document)
    {
        int words = 0, syllables = 0, count = 0;
        var sentences = new List<Sentence>();
        foreach (var run in document.Prose)
        {
            if (run.Kind != "body") continue;
            var text = run.Text.AsSpan();
            int inSentence = 0, start = -1;
            for (int i = 0; i < text.Length;)
            {
                // Spaces and punctuation, most of what is not a word, are passed over without a look at the word rules.
                if (text[i] is var c && c < 128 && !char.IsAsciiLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                int length = WordAt(text, i);
                if (length == 0)
                {
                    i++;
                    continue;
                }
                var word = text.Slice(i, length);
                if (start < 0) start = i;
                words++;
                inSentence++;
                syllables += Syllables(word);
                i += length;
                if (EndsSentence(text, word, i))
                {
                    Add(run, start, inSentence);
                    inSentence = 0;
                    start = -1;
                }
            }
            if (inSentence > 0) Add(run, start, inSentence);
        }
        return (new ReadingLevel(words, count, syllables), sentences);

        void Add(TextRun run, int start, int length)
        {
            count++;
            if (length <= LongSentence) return;
            var (line, column) = run.At(start);
            sentences.Add(new Sentence(line, column, length));
        }
    }

    // The length of the word starting at i: letters with apostrophes and hyphens inside, or digits with . or , inside.
    private static int WordAt(ReadOnlySpan<char> text, int i)
    {
        char first = text[i];
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]))) return 0;
        int end = i;
        if (char.IsLetter(first))
        {
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > i))) end++;
        }
        else if (char.IsAsciiDigit(first))
        {
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))) end++;
        }
        return end - i;
    }

    // '.', '!' or '?' right after the word (closing quotes or brackets allowed), then a space or the end.
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at)
    {
        if (at >= text.Length || text[at] is not ('.' or '!' or '?')) return false;
        if (text[at] == '.' && (IsAbbreviation(text, word, at) || (word.Length == 1 && char.IsUpper(word[0])))) return false;
        int next = at;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '”' or '’') next++;
        return next >= text.Length || char.IsWhiteSpace(text[next]);
    }

    // "Dr." and "etc.", and "e.g." or "i.e." seen from their last letter.
    private static bool IsAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at)
    {
        if (word.Length <= 4 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        return word.Length == 1 && at >= 3 && text[at - 2] == '.' && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Slice(at - 3, 3));
    }

    /// <summary>The syllables of a word by the documented method.</summary>
    public static int Syllables(string word) => Syllables(word.AsSpan());

    public static int Syllables(ReadOnlySpan<char> word)
    {
        if (char.IsAsciiDigit(word[0])) return 1;
        // Most words are lower-case letters only, counted as they are; the others are lowered and split at hyphens first.
        if (!word.ContainsAnyExceptInRange('a', 'z')) return SyllablesOfPart(word);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        int length = 0;
        foreach (char c in word) if (c is not ('\'' or '’')) lower[length++] = char.ToLowerInvariant(c);
        int total = 0;
        foreach (var part in lower[..length].Split('-'))
            if (part.End.Value > part.Start.Value) total += SyllablesOfPart(lower[part]);
        return Math.Max(1, total);
    }

    // One pass: the vowel groups, less one for a silent ending (-es but not -les, -ed but not -ted or -ded, -e but not
    // -le) when the ending's vowel starts a group of its own.
    private static int SyllablesOfPart(ReadOnlySpan<char> w)
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
