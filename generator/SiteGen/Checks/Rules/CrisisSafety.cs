using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.Checks.Rules;

/// <summary>
/// An article that speaks of suicide, self-harm, overdose or wanting to die (in English or Spanish) must show a crisis line (988 in the United
/// States) next to the helpline: the reader may be in danger now. site.yml's <c>crisis_line</c> is what the default
/// theme shows on such articles; without one, the article is a finding at its first mention.
/// </summary>
public sealed partial class CrisisSafety : ICheckRule
{
    public string Id => "crisis-safety";

    public CheckSeverity DefaultSeverity => CheckSeverity.Error;

    // English and Spanish in one expression: a page may quote the other language, and its reader needs the line all the same.
    [GeneratedRegex(@"(?<![\p{L}-])(suicid\w*|self[- ]harm\w*|overdos\w*|(want|wants|wanted|wanting)\s+to\s+die|kill(ing)?\s+(myself|himself|herself|themselves|yourself)"
        + @"|sobredosis|autolesi\w*|(quiero|quer[ií]a|quiere|quer[ií]as|quieres|ganas\s+de)\s+morir\w*|quitar(me|se|te|le)\s+la\s+vida|(matarme|matarse|matarte)"
        + @"|(hacerme|hacerse|hacerte)\s+da[nñ]o)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Mention();

    // Every mention holds one of these: text without them (nearly all) is not searched further, in one pass.
    // All ASCII ("hacer" stands for "hacerme daño"): one letter outside ASCII would make the search fifteen
    // times slower, comparing case by Unicode's rules at every character.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(["suicid", "harm", "overdos", " die", "kill", "sobredos", "autoles", "morir", "quitar", "matar", "hacer"], StringComparison.OrdinalIgnoreCase);

    public static bool MayMention(string text) => text.AsSpan().IndexOfAny(Triggers) >= 0;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        if (context.HasCrisisLine(document)) yield break;
        foreach (var run in document.Prose)
            if (MayMention(run.Text) && Mention().Match(run.Text) is { Success: true } m)
            {
                var (line, column) = run.At(m.Index);
                yield return new RuleFinding(line, column, $"mentions '{m.Value}' but the site has no crisis line to show with it",
                    "add to site.yml: crisis_line: { label: \"988 Suicide & Crisis Lifeline, call or text\", phone: \"988\" }");
                yield break;
            }
    }
}
