namespace SiteGen.Checks;

/// <summary>The reading measures of one document, for the JSON output and the report.</summary>
/// <param name="Language">The code of the language the document is written in.</param>
/// <param name="Grade">The reading grade by the language's formula; null where the language has none, or the text no words.</param>
/// <param name="Score">The formula's own score where it is an ease score (Fernández Huerta), or null.</param>
/// <param name="ReviewedOn">The article's review date, or null.</param>
public sealed record DocumentMeasures(string File, string Title, bool IsArticle, string Language, int Words, int Sentences, int Syllables, double? Grade, double? Score,
    DateOnly? ReviewedOn, IReadOnlyList<string> Silenced);

/// <summary>What <c>sitegen check</c> found: every finding, sorted by file and position, and every document's measures.</summary>
/// <param name="ContentFolder">The full path of the folder checked, where the report reads the lines it quotes.</param>
public sealed record CheckReport(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<DocumentMeasures> Documents, double Target, string ContentFolder = "")
{
    public int Errors => Findings.Count(f => f.Severity == CheckSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == CheckSeverity.Warning);

    /// <summary>The median reading grade of the articles, or null when there is none.</summary>
    public double? MedianGrade
    {
        get
        {
            var grades = Documents.Where(d => d.IsArticle && d.Grade is not null).Select(d => d.Grade!.Value).Order().ToList();
            if (grades.Count == 0) return null;
            return grades.Count % 2 == 1 ? grades[grades.Count / 2] : (grades[grades.Count / 2 - 1] + grades[grades.Count / 2]) / 2;
        }
    }

    /// <summary>The one summary line: "Checked 10 articles and 3 pages: 2 errors, 7 warnings; reading grade median 7.4 (target 8)".</summary>
    public string Summary()
    {
        int articles = Documents.Count(d => d.IsArticle), pages = Documents.Count - articles;
        string grade = MedianGrade is { } median ? FormattableString.Invariant($"; reading grade median {median:0.0} (target {Target:0.#})") : "";
        return $"Checked {Count(articles, "article")} and {Count(pages, "page")}: {Count(Errors, "error")}, {Count(Warnings, "warning")}{grade}";
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
