using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.Checks.Rules;

/// <summary>
/// Person-first, non-stigmatizing words, after NIDA's "Words Matter" terms (also SAMHSA's and the AP stylebook's
/// advice). Matched by whole words, in any case, across line breaks, in the title, the description, the FAQ and the
/// body; never in code, URLs or HTML. "Clean" and "dirty" are findings only where they are said of a person, a test
/// or time: "getting clean", "two years clean", "a dirty urine", not "a clean kitchen" or "clean up".
/// </summary>
public sealed class StigmaLanguage : ICheckRule
{
    public string Id => "stigma-language";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    private const string Person = "person with a substance use disorder";
    private const string Recovery = "in recovery, or not using";

    // The terms are public guidance; the suggestions are SiteGen's own wording.
    private static readonly (string Pattern, string Suggestion)[] Terms =
    [
        (@"(former|recovering|ex-)\s*addicts?", "person in recovery"),
        (@"addicts", "people with a substance use disorder"),
        (@"addict", Person),
        (@"junkies", "people who use drugs"),
        (@"junkie", "person who uses drugs"),
        (@"(drug|substance|alcohol)\s+abusers?", Person),
        (@"abusers?", Person),
        (@"(drug|substance|alcohol)\s+abuse", "substance use, or substance use disorder"),
        (@"alcoholics(?!\s+anonymous)", "people with alcohol use disorder"),
        (@"alcoholic(?!\s+(drinks?|beverages?|content))", "person with alcohol use disorder"),
        (@"drug\s+habit", "substance use disorder"),
        (@"(opioid\s+|methadone\s+|drug\s+)?replacement\s+therapy", "medication for opioid use disorder"),
        (@"clean\s+and\s+sober", Recovery),
        (@"clean\s+(time|date)", "time in recovery"),
        (@"(\w+|\d+)\s+(days?|weeks?|months?|years?)\s+clean", "time in recovery (two years in recovery)"),
        (@"(get|gets|got|getting|gotten|stay|stays|stayed|staying|go|goes|went|going|remain|remains|remained|remaining)\s+clean", Recovery),
        (@"(I|you|he|she|we|they|I'm|you're|he's|she's|we're|they're)\s+((am|is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)\s+)?clean", Recovery),
        (@"(I|you|he|she|we|they|I'm|you're|he's|she's|we're|they're)\s+((am|is|are|was|were|be|been|being|has\s+been|have\s+been)\s+)?dirty", "using, or has returned to use"),
        (@"(clean|dirty)\s+(urine|urines|tests?|drug\s+tests?|screens?|samples?|UAs?|results?)", "tested negative, or tested positive"),
        (@"(tested|testing|tests|came\s+back|comes\s+back)\s+(clean|dirty)", "tested negative, or tested positive"),
    ];

    private static readonly string[] AlwaysAllowed = ["Alcoholics Anonymous", "Adult Children of Alcoholics"];

    // Every term starts its match with one of these words: text without any of them (nearly all) is not searched further.
    private static readonly string[] Triggers = ["addict", "junkie", "abuse", "alcoholic", "habit", "replacement", "clean", "dirty"];

    private static readonly List<(Regex Pattern, string Suggestion)> Compiled = Terms.Select(t => (Word(t.Pattern), t.Suggestion)).ToList();

    private sealed record Prepared(List<(Regex Pattern, string Suggestion)> Patterns, List<Regex> Allowed, SearchValues<string> Triggers);

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CheckSettings, Prepared> _prepared = new();

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        var prepared = _prepared.GetValue(context.Settings, settings => new Prepared(
            [.. Compiled, .. settings.StigmaExtra.Select(e => (Word(Phrase(e.Key)), e.Value))],
            [.. AlwaysAllowed.Concat(settings.StigmaAllow).Select(a => Word(Phrase(a)))],
            SearchValues.Create([.. Triggers, .. settings.StigmaExtra.Keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])],
                StringComparison.OrdinalIgnoreCase)));
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

    private static Regex Word(string pattern) =>
        new(@"(?<![\p{L}\p{N}'’-])" + "(?:" + pattern + ")" + @"(?![\p{L}\p{N}'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Phrase(string text) => string.Join(@"\s+", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ");
}
