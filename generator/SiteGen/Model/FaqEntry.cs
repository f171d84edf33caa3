namespace SiteGen.Model;

/// <summary>A question and its answer, from front matter or from an FAQ section of the body.</summary>
/// <param name="Anchor">The stable id of the question on its article page.</param>
/// <param name="InBody">
/// True when the question comes from the body's FAQ section: the body already shows it (its heading
/// carries <paramref name="Anchor"/>), so themes list only the other entries and should not repeat it.
/// </param>
public sealed record FaqEntry(string Question, string AnswerHtml, string AnswerText, string Anchor, bool InBody = false);
