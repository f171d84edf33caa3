using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.Checks.Rules;

/// <summary>
/// Person-first, non-stigmatizing words in the document's language (<see cref="StigmaTerms"/>: English and Spanish),
/// and the site's own terms in every language. Matched by whole words, in any case, across line breaks, in the title,
/// the description, the FAQ and the body; never in code, URLs or HTML.
/// </summary>
public sealed class StigmaLanguage : ICheckRule
{
    public string Id => "stigma-language";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    private sealed record Prepared(List<(Regex Pattern, string Suggestion)> Patterns, List<Regex> Allowed, SearchValues<string> Triggers);

    // Compiled once per site settings and language, for all the documents that share them.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CheckSettings, System.Collections.Concurrent.ConcurrentDictionary<StigmaTerms, Prepared>> _prepared = new();

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        var terms = StigmaTerms.Of(document.Language);
        var prepared = _prepared.GetValue(context.Settings, _ => new()).GetOrAdd(terms, t => Prepare(t, context.Settings));
        var (patterns, allowed, triggers) = (prepared.Patterns, prepared.Allowed, prepared.Triggers);
        foreach (var run in document.Prose)
        {
            if (run.Text.AsSpan().IndexOfAny(triggers) < 0) continue;
            var taken = allowed.SelectMany(a => a.Matches(run.Text)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
            var matches = patterns.SelectMany(p => p.Pattern.Matches(run.Text).Select(m => (Match: m, p.Suggestion)))
                .OrderBy(m => m.Match.Index).ThenByDescending(m => m.Match.Length);
            int end = -1;
            foreach (var (match, suggestion) in matches)
            {
                if (match.Index < end || taken.Any(t => match.Index < t.End && match.Index + match.Length > t.Index)) continue;
                end = match.Index + match.Length;
                var (line, column) = run.At(match.Index);
                yield return new RuleFinding(line, column, $"'{Squeeze(match.Value)}' labels a person by a condition, or blames them for it", $"say: {suggestion}");
            }
        }
    }

    private static Prepared Prepare(StigmaTerms terms, CheckSettings settings) => new(
        [.. terms.Terms.Select(t => (Word(t.Pattern), t.Suggestion)), .. settings.StigmaExtra.Select(e => (Word(Phrase(e.Key)), e.Value))],
        [.. terms.Allowed.Concat(settings.StigmaAllow).Select(a => Word(Phrase(a)))],
        SearchValues.Create([.. terms.Triggers, .. settings.StigmaExtra.Keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])],
            StringComparison.OrdinalIgnoreCase));

    private static Regex Word(string pattern) =>
        new(@"(?<![\p{L}\p{N}'’-])" + "(?:" + pattern + ")" + @"(?![\p{L}\p{N}'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Phrase(string text) => string.Join(@"\s+", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ");
}
