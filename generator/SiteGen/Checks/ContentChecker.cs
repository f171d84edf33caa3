using System.Collections.Concurrent;
using SiteGen.Build;
using SiteGen.Checks.Rules;
using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
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
        var parsed = config ?? new ParsedSiteConfig(new SiteConfig { Title = "", BaseUrl = "http://localhost/" }, null, 1);
        var site = parsed.Config;
        if (config is not null) LanguageFolders.CheckDeclared(content, site, errors);
        // Drafts and scheduled articles are checked; articles past their expiry are taken down, and are not.
        var now = new DateTimeOffset(today.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var (documents, leftOut) = ContentParser.ReadFrontMatter(content, new Publication(IncludeDrafts: true, IncludeFuture: true, now), errors);
        var context = new CheckContext(site.Check, today, site, documents);
        var findings = new ConcurrentBag<CheckFinding>();
        var measures = new ConcurrentBag<DocumentMeasures>();
        // Each body is read by the rules as the build's Markdown stage parses it, and checked as the build checks it.
        ContentParser.InspectMarkdown(parsed, documents, leftOut, content, errors, (source, body) =>
        {
            var document = DocumentReader.Read(source, body, context.LanguageOf(source));
            foreach (var finding in Check(document, context, _ => true)) findings.Add(finding);
            var (level, _) = document.Reading;
            measures.Add(new DocumentMeasures(document.File, document.Front.Title, document.IsArticle, document.Language, level.Words, level.Sentences,
                level.Syllables, Round(level.Grade), Round(level.Score), document.Front.ReviewedOn is { } on ? DateOnly.FromDateTime(on.Date) : null, [.. document.Silenced.Order()]));
        });
        string root = SourcePath.Display(Path.GetFullPath(contentFolder)).TrimEnd('/') + "/";
        foreach (var error in errors.Sorted())
            findings.Add(new CheckFinding(Relative(error.File, root), error.Line, error.Column, "build", CheckSeverity.Error, error.Message, null));
        return new CheckReport(Sorted(findings), measures.OrderBy(m => m.File, StringComparer.Ordinal).ToList(), site.Check.ReadabilityTarget, Path.GetFullPath(contentFolder));
    }

    /// <summary>The findings of every rule that is on, that <paramref name="runs"/> picks and that the document does not silence.</summary>
    public static IEnumerable<CheckFinding> Check(CheckedDocument document, CheckContext context, Func<ICheckRule, bool> runs)
    {
        foreach (var rule in Rules)
        {
            var severity = context.Settings.SeverityOf(rule);
            if (severity == CheckSeverity.Off || !runs(rule) || document.Silenced.Contains(rule.Id)) continue;
            foreach (var finding in rule.Check(document, context))
                yield return new CheckFinding(document.File, finding.Line, finding.Column, rule.Id, severity, finding.Message, finding.Suggestion);
        }
    }

    /// <summary>By file, then position, rule and message: the order every output gives them in.</summary>
    public static List<CheckFinding> Sorted(IEnumerable<CheckFinding> findings) =>
        findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToList();

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private static string Relative(string file, string root) => file.StartsWith(root, StringComparison.Ordinal) ? file[root.Length..] : file;
}
