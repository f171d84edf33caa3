namespace SiteGen.Checks.Reading;

/// <summary>
/// How the text of one language is measured: how its syllables are counted, which abbreviations do not end a sentence,
/// and the formula that turns the counts into a grade. English uses Flesch-Kincaid; Spanish, Fernández Huerta's
/// adaptation of Flesch's reading ease; a language neither fits is counted (words, sentences) but given no grade, as
/// an English formula says nothing true of it.
/// </summary>
public sealed class ReadingLanguage
{
    public static readonly ReadingLanguage English = new(
        "Flesch-Kincaid", EnglishSyllables.Count, ["dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "etc", "vs", "jr", "sr", "prof"],
        // 0.39 × words/sentences + 11.8 × syllables/words − 15.59
        grade: level => 0.39 * level.Words / level.Sentences + 11.8 * level.Syllables / level.Words - 15.59,
        score: _ => null);

    public static readonly ReadingLanguage Spanish = new(
        "Fernández Huerta", SpanishSyllables.Count, ["dr", "dra", "sr", "sra", "srta", "ud", "uds", "etc", "pág", "núm", "aprox", "ej", "p", "lic", "ing", "av"],
        grade: level => GradeOfEase(FernandezHuerta(level)),
        score: level => FernandezHuerta(level));

    public static readonly ReadingLanguage Unmeasured = new("none", _ => 0, [], grade: _ => null, score: _ => null);

    private ReadingLanguage(string formula, SyllableCounter syllables, string[] abbreviations, Func<ReadingLevel, double?> grade, Func<ReadingLevel, double?> score)
    {
        Formula = formula;
        Syllables = syllables;
        Abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);
        _grade = grade;
        _score = score;
    }

    public delegate int SyllableCounter(ReadOnlySpan<char> word);

    private readonly Func<ReadingLevel, double?> _grade;
    private readonly Func<ReadingLevel, double?> _score;

    /// <summary>The formula's name, as findings and the report give it.</summary>
    public string Formula { get; }

    public SyllableCounter Syllables { get; }

    /// <summary>Words that a '.' follows without ending the sentence ("Dr.", "Sra.").</summary>
    public HashSet<string> Abbreviations { get; }

    public double? Grade(ReadingLevel level) => _grade(level);

    public double? Score(ReadingLevel level) => _score(level);

    /// <summary>The way of measuring text in a language (a BCP 47 code: "es", "es-MX", "en-GB").</summary>
    public static ReadingLanguage Of(string code) => Languages.PluralRule.BaseCode(code).ToLowerInvariant() switch
    {
        "en" => English,
        "es" => Spanish,
        _ => Unmeasured,
    };

    /// <summary>206.84 − 60 × syllables/words − 102 × sentences/words (Fernández Huerta, per 100 words: 206.84 − 0.60P − 1.02F).</summary>
    public static double FernandezHuerta(ReadingLevel level) =>
        206.84 - 60.0 * level.Syllables / level.Words - 102.0 * level.Sentences / level.Words;

    /// <summary>
    /// The grade of a reading-ease score by Flesch's table, which Fernández Huerta's scale follows: 90 and above reads at
    /// grade 5, 80 at grade 6, 70 at grade 7, 60 at grade 8; a grade for every 10 points, and none below 0.
    /// </summary>
    public static double GradeOfEase(double score) => Math.Max(0, (140 - score) / 10);

    /// <summary>The ease score a text needs to read at <paramref name="grade"/> or below: the inverse of <see cref="GradeOfEase"/>.</summary>
    public static double EaseOfGrade(double grade) => 140 - 10 * grade;
}
