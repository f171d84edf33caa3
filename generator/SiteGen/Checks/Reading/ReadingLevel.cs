namespace SiteGen.Checks.Reading;

/// <summary>The counts of a text, and its grade by the formula of the language it is written in.</summary>
/// <param name="Language">How the text was measured; its formula gives the grade.</param>
public readonly record struct ReadingLevel(int Words, int Sentences, int Syllables, ReadingLanguage Language)
{
    /// <summary>The school grade the text reads at, or null where the language has no formula or the text no words.</summary>
    public double? Grade => Words == 0 || Sentences == 0 ? null : Language.Grade(this);

    /// <summary>The formula's own score where it is not a grade (Fernández Huerta's 0–100 ease), or null.</summary>
    public double? Score => Words == 0 || Sentences == 0 ? null : Language.Score(this);
}
