using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Parse.Markdown;

namespace SiteGen.Checks.Rules;

/// <summary>
/// Headings are how screen readers move through a page: no level skipped (## then ####), no # heading in the body (the
/// title is the page's only h1), none empty, none repeated in one document.
/// </summary>
public sealed class Headings : ICheckRule
{
    public string Id => "headings";

    public CheckSeverity DefaultSeverity => CheckSeverity.Warning;

    public IEnumerable<RuleFinding> Check(CheckedDocument document, CheckContext context)
    {
        int previous = 1;
        var seen = new Dictionary<string, int>(document.Parts.Headings.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var heading in document.Parts.Headings)
        {
            var (line, column) = document.BodyPosition(heading.Span.Start);
            string text = InlineText.Of(heading.Inline);
            if (heading.Level == 1)
                yield return new RuleFinding(line, column, "a # heading in the body: the title is the page's heading", "start at ##");
            else if (heading.Level > previous + 1)
                yield return new RuleFinding(line, column, $"heading level {heading.Level} after level {previous}: a level is skipped", $"make it {new string('#', previous + 1)}");
            if (text.Length == 0)
                yield return new RuleFinding(line, column, "an empty heading", "give it words, or remove it");
            else if (seen.TryGetValue(text, out int first))
                yield return new RuleFinding(line, column, $"heading '{text}' repeats the one on line {first}", "make each heading say what its part is about");
            else
                seen[text] = line;
            previous = heading.Level;
        }
    }
}
