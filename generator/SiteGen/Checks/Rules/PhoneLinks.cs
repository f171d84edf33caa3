using System.Text.RegularExpressions;
using SiteGen.Parse;

namespace SiteGen.Checks.Rules;

/// <summary>
/// A phone number written in the text should be one tap on a phone: "Call (888) 643-9118" as a tel: link. The
/// suggestion is the Markdown to write.
/// </summary>
public sealed partial class PhoneLinks : ICheckRule
{
    public string Id => "phone-links";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    [GeneratedRegex(@"(?<![\d\w])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}(?!\d)|(?<=\b(?:call|text|dial)\s+(?:or\s+text\s+)?)(?:988|911)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    private static bool HasThreeDigits(string text)
    {
        for (int i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 2 < text.Length; )
        {
            if (char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])) return true;
            int next = text.AsSpan(i + 1).IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        foreach (var run in document.Prose.Where(r => r.Kind is "body" or "answer"))
            // Numbers are rare in prose: a run with fewer than three digits in a row has none to report.
            if (HasThreeDigits(run.Text))
            foreach (Match m in Number().Matches(run.Text))
            {
                if (run.IsLinked(m.Index)) continue;
                var (line, column) = run.At(m.Index);
                string tel = PhoneNumber.Parse(m.Value).TelUri ?? "tel:" + new string(m.Value.Where(char.IsDigit).ToArray());
                yield return new RuleFinding(line, column, $"phone number {m.Value} is not a link: readers on phones cannot tap it", $"[{m.Value}]({tel})");
            }
    }
}
