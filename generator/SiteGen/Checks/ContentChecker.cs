using SiteGen.Build;
using SiteGen.Checks.Rules;
using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Parse;

namespace SiteGen.Checks;

/// <summary>
/// <c>sitegen check</c>: reads the content folder as a build does (drafts and scheduled articles included: they are
/// what editors check before publishing), runs every rule on every article and page in parallel, and gives the
/// findings sorted by file and position. What would fail the build is reported too, as errors of the rule "build".
/// </summary>
public static class ContentChecker
{
    public static readonly IReadOnlyList<ICheckRule> Rules =
    [
        new StigmaLanguage(), new Readability(), new MedicalReview(), new CrisisSafety(), new AltText(),
        new Headings(), new LinkText(), new PhoneLinks(), new Metadata(),
    ];

    public static CheckReport Run(string contentFolder, DateOnly today)
    {
        var errors = new ErrorList();
        var content = ContentLoader.Load(contentFolder, errors);
        var config = content.SiteConfig is null ? null : SiteConfigParser.Parse(content.SiteConfig, errors, null, null);
        var settings = config?.Config.Check ?? CheckSettings.Default;
        var (documents, _) = ContentParser.ReadFrontMatter(content, new Publication(IncludeDrafts: true, IncludeFuture: true, DateTimeOffset.MaxValue), errors);
        var texts = content.Articles.Concat(content.Pages).ToDictionary(s => s.RelativePath, s => s.FullPath, StringComparer.Ordinal);
        var checkedDocuments = new CheckedDocument[documents.Count];
        Parallel.For(0, documents.Count, i => checkedDocuments[i] = DocumentReader.Read(documents[i], File.ReadAllText(texts[documents[i].SourcePath])));
        var context = new CheckContext(settings, today, config?.Config.CrisisLine is not null, checkedDocuments);
        var findings = new System.Collections.Concurrent.ConcurrentBag<CheckFinding>();
        var measures = new DocumentMeasures[checkedDocuments.Length];
        Parallel.For(0, checkedDocuments.Length, i =>
        {
            var document = checkedDocuments[i];
            foreach (var finding in Check(document, context)) findings.Add(finding);
            var (level, _) = document.Reading;
            measures[i] = new DocumentMeasures(document.File, document.Front.Title, document.IsArticle, level.Words, level.Sentences, level.Syllables,
                Math.Round(level.Grade, 1), document.Front.ReviewedOn is { } on ? DateOnly.FromDateTime(on.Date) : null, [.. document.Silenced.Order()]);
        });
        string root = SourcePath.Display(Path.GetFullPath(contentFolder)).TrimEnd('/') + "/";
        foreach (var error in errors.Sorted())
            findings.Add(new CheckFinding(Relative(error.File, root), error.Line, error.Column, "build", CheckSeverity.Error, error.Message, null));
        var sorted = findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
        return new CheckReport(sorted, measures.OrderBy(m => m.File, StringComparer.Ordinal).ToList(), settings.ReadabilityTarget, Path.GetFullPath(contentFolder));
    }

    /// <summary>The findings of every rule that is on and that the document does not silence.</summary>
    public static IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var rule in Rules)
        {
            var severity = context.Settings.SeverityOf(rule);
            if (severity == CheckSeverity.Off || document.Silenced.Contains(rule.Id)) continue;
            foreach (var finding in rule.Check(document, context))
                yield return new CheckFinding(document.File, finding.Line, finding.Column, rule.Id, severity, finding.Message, finding.Suggestion);
        }
    }

    private static string Relative(string file, string root) => file.StartsWith(root, StringComparison.Ordinal) ? file[root.Length..] : file;
}
