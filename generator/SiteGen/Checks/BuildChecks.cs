using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Checks;

/// <summary>
/// The checks as part of <c>sitegen build</c> and <c>sitegen serve</c>. They read each body as the build's Markdown
/// stage parses it, so a build parses nothing twice; what they find is reported as warnings (or, with
/// <c>check: { build: errors }</c>, error-level findings as build errors). Kept from one build to the next, so the
/// findings of a body that was not parsed again (an unchanged file in <c>sitegen serve</c>) are still known.
/// </summary>
public sealed class BuildChecks
{
    // A body's findings hold while its document is the same (a change to site.yml converts every body again). Kept
    // beside the document, not holding it: a one-off build lets each body go once it is converted.
    private readonly ConditionalWeakTable<SourceDocument, IReadOnlyList<CheckFinding>> _bodies = new();

    /// <summary>Starts the checks of one build, or returns null when site.yml turns them off.</summary>
    public Pass? Begin(IReadOnlyList<SourceDocument> documents, SiteConfig config, DateOnly today) =>
        config.Check.InBuild == CheckInBuild.Off ? null : new Pass(this, documents, config, new CheckContext(config.Check, today, config, documents));

    public sealed class Pass(BuildChecks owner, IReadOnlyList<SourceDocument> documents, SiteConfig config, CheckContext context)
    {
        /// <summary>Checks one body, parsed by the Markdown stage before its links are rewritten. Called from many threads.</summary>
        public void Read(SourceDocument source, MarkdownDocument body)
        {
            var read = DocumentReader.Read(source, body, context.LanguageOf(source));
            var findings = ContentChecker.Check(read, context, rule => rule.ReadsBody).ToList();
            owner._bodies.AddOrUpdate(source, findings);
        }

        /// <summary>
        /// Every published document's findings, those of the bodies read now or remembered and those of the rules that
        /// read front matter only, reported to <paramref name="errors"/>; sorted by file and position.
        /// </summary>
        public IReadOnlyList<CheckFinding> Finish(ErrorList errors)
        {
            var all = new ConcurrentBag<CheckFinding>();
            Parallel.ForEach(documents, source =>
            {
                if (owner._bodies.TryGetValue(source, out var remembered))
                    foreach (var finding in remembered) all.Add(finding);
                foreach (var finding in ContentChecker.Check(DocumentReader.FrontMatterOnly(source, context.LanguageOf(source)), context, rule => !rule.ReadsBody)) all.Add(finding);
            });
            var display = documents.ToDictionary(d => d.SourcePath, d => d.DisplayPath, StringComparer.Ordinal);
            var sorted = ContentChecker.Sorted(all);
            bool errorsFail = config.Check.InBuild == CheckInBuild.Errors;
            foreach (var f in sorted)
                if (f.Severity == CheckSeverity.Error && errorsFail) errors.Add(display[f.File], f.Line, f.Column, f.Text);
            errors.WarnLater(sorted.Where(f => f.Severity != CheckSeverity.Error || !errorsFail)
                .Select(f => new ContentWarning(display[f.File], f.Line, f.Column, f.Text) { CheckRule = f.Rule }));
            return sorted;
        }
    }
}
