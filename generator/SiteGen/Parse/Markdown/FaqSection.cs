using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;

namespace SiteGen.Parse.Markdown;

/// <summary>
/// Reads the FAQ section of a body: a heading that is or starts with "FAQ", "FAQs" or "Frequently Asked Questions",
/// or in Spanish "Preguntas frecuentes" or "Preguntas y respuestas" ("FAQs: After a Relapse"; any level),
/// whose subheadings are the questions and whose content up to the next subheading is the answer. A
/// subheading without a question mark, or a heading at the FAQ's level or above, ends the section.
/// The section stays in the body where the editor put it; its entries only feed structured data and lists.
/// </summary>
public static class FaqSection
{
    private static readonly string[] Titles = ["faq", "faqs", "frequently asked questions", "preguntas frecuentes", "preguntas y respuestas"];

    public static IReadOnlyList<FaqEntry> Read(MarkdownDocument document, Func<IReadOnlyList<Block>, string> renderHtml)
    {
        var entries = new List<FaqEntry>();
        int faqLevel = 0;
        HeadingBlock? question = null;
        var answer = new List<Block>();

        void Flush()
        {
            if (question is not null && answer.Count > 0)
                entries.Add(new FaqEntry(InlineText.Of(question.Inline), renderHtml(answer), BodyText.Plain(answer), question.GetAttributes().Id ?? "", InBody: true));
            question = null;
            answer.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                string text = InlineText.Of(heading.Inline);
                if (faqLevel > 0 && heading.Level > faqLevel && text.Contains('?'))
                {
                    Flush();
                    question = heading;
                    continue;
                }
                Flush();
                faqLevel = faqLevel == 0 || heading.Level <= faqLevel
                    ? (IsFaqTitle(text) ? heading.Level : 0)
                    : 0;
            }
            else if (question is not null) answer.Add(block);
        }
        Flush();
        return entries;
    }

    /// <summary>Whether a heading opens an FAQ section: one of the titles, alone or followed by more words.</summary>
    public static bool IsFaqTitle(string text)
    {
        string heading = text.Trim();
        foreach (string title in Titles)
            if (heading.StartsWith(title, StringComparison.OrdinalIgnoreCase) && (heading.Length == title.Length || !char.IsLetterOrDigit(heading[title.Length])))
                return true;
        return false;
    }
}
