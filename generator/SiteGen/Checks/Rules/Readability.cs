using SiteGen.Checks.Reading;

namespace SiteGen.Checks.Rules;

/// <summary>
/// The reading grade of an article's body (NIH and the AMA advise health material at an 8th-grade level or below), by
/// the formula of the article's language: Flesch-Kincaid for English, Fernández Huerta for Spanish (its ease score
/// read as a grade by Flesch's table: 60 is grade 8), none for a language neither fits, where the rule is silent.
/// Counted over the body's paragraphs, list items and quotes (not headings, code, tables' markup or URLs):
/// each paragraph or list item ends a sentence, and so do '.', '!' and '?' followed by a space, except after the
/// language's abbreviations (Dr. Mrs. e.g. etc.; Dra. Sra. p. ej.) or an initial. A word is a run of letters
/// (apostrophes and hyphens inside it) or of digits. Syllables are counted by each language's rules
/// (<see cref="EnglishSyllables"/>, <see cref="SpanishSyllables"/>).
/// </summary>
public sealed class Readability : ICheckRule
{
    public const int LongSentence = 25;

    public string Id => "readability";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        if (!document.IsArticle) yield break;
        var (level, sentences) = document.Reading;
        double target = context.Settings.ReadabilityTarget;
        if (level.Grade is not { } grade || grade <= target) yield break;
        var (line, column) = document.Fields.Of("title");
        yield return new RuleFinding(line, column, level.Score is { } score
            ? FormattableString.Invariant($"{level.Language.Formula} score {score:0.0} (reading grade {grade:0.0}), below {ReadingLanguage.EaseOfGrade(target):0.#}, the score of the target grade {target:0.#}")
            : FormattableString.Invariant($"reading grade {grade:0.0}, above the target of {target:0.#}"),
            "shorter sentences and shorter words");
        // Where to start: the longest sentences, which weigh most in the grade.
        foreach (var sentence in sentences.OrderByDescending(s => s.Words).ThenBy(s => s.Line).Take(3))
            yield return new RuleFinding(sentence.Line, sentence.Column, $"a sentence of {sentence.Words} words", "split it in two or three");
    }

    public readonly record struct Sentence(int Line, int Column, int Words);

    /// <summary>The body's counts, and its sentences of more than <see cref="LongSentence"/> words with where each starts.</summary>
    public static (ReadingLevel Level, IReadOnlyList<Sentence> LongSentences) Measure(CheckedDocument document)
    {
        var language = ReadingLanguage.Of(document.Language);
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
                syllables += language.Syllables(word);
                i += length;
                if (EndsSentence(text, word, i, language.Abbreviations))
                {
                    Add(run, start, inSentence);
                    inSentence = 0;
                    start = -1;
                }
            }
            if (inSentence > 0) Add(run, start, inSentence);
        }
        return (new ReadingLevel(words, count, syllables, language), sentences);

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
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at, HashSet<string> abbreviations)
    {
        if (at >= text.Length || text[at] is not ('.' or '!' or '?')) return false;
        if (text[at] == '.' && (IsAbbreviation(text, word, at, abbreviations) || (word.Length == 1 && char.IsUpper(word[0])))) return false;
        int next = at;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '”' or '’') next++;
        return next >= text.Length || char.IsWhiteSpace(text[next]);
    }

    // "Dr." and "etc.", and "e.g." or "i.e." seen from their last letter.
    private static bool IsAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at, HashSet<string> abbreviations)
    {
        var lookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (word.Length <= 5 && lookup.Contains(word)) return true;
        return word.Length == 1 && at >= 3 && text[at - 2] == '.' && lookup.Contains(text.Slice(at - 3, 3));
    }
}
