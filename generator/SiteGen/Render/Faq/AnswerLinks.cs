using System.Text.RegularExpressions;

namespace SiteGen.Render.Faq;

/// <summary>
/// Answers shown away from their article (on FAQ pages) keep their in-page links working: "#fn-1"
/// (a footnote, a heading of the article) becomes "/blog/articles/x/#fn-1".
/// </summary>
public static partial class AnswerLinks
{
    [GeneratedRegex("""(?<attr>\shref=")#""", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentLink();

    public static string Rebase(string answerHtml, string articleUrl) =>
        answerHtml.Contains("href=\"#", StringComparison.Ordinal)
            ? FragmentLink().Replace(answerHtml, m => m.Groups["attr"].Value + articleUrl + "#")
            : answerHtml;
}
