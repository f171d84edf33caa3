namespace SiteGen.Render.Views;

/// <summary>A question of an article's FAQ; <see cref="AnswerHtml"/> is HTML, the rest is text.</summary>
public sealed record FaqView(string Question, string AnswerHtml, string Anchor);
