using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Model;
using SiteGen.Parse;

namespace SiteGen.Checks;

/// <summary>
/// The checks as part of <c>sitegen build</c> and <c>sitegen serve</c>: the published documents' findings, as warnings
/// (or, with <c>check: { build: errors }</c>, error-level findings as build errors).
/// </summary>
public static class BuildChecks
{
    public static void Run(IReadOnlyList<SourceDocument> documents, LoadedContent content, SiteConfig config, DateOnly today, ErrorList errors)
    {
        if (config.Check.InBuild == CheckInBuild.Off) return;
        var paths = content.Articles.Concat(content.Pages).ToDictionary(s => s.RelativePath, s => s.FullPath, StringComparer.Ordinal);
        var read = new CheckedDocument[documents.Count];
        var texts = new string[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            texts[i] = File.ReadAllText(paths[documents[i].SourcePath]);
            read[i] = DocumentReader.Read(documents[i], texts[i]);
        });
        var context = new CheckContext(config.Check, today, config.CrisisLine is not null, read);
        Parallel.For(0, read.Length, i =>
        {
            foreach (var f in ContentChecker.Check(read[i], context))
            {
                string message = $"[{f.Rule}] {f.Message}{(f.Suggestion is null ? "" : $" ({f.Suggestion})")}";
                if (f.Severity == CheckSeverity.Error && config.Check.InBuild == CheckInBuild.Errors)
                    errors.Add(documents[i].DisplayPath, f.Line, f.Column, message);
                else
                    errors.Warn(documents[i].DisplayPath, f.Line, f.Column, message);
            }
        });
    }
}
