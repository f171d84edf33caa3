using SiteGen.Model;

namespace SiteGen.Render.Faq;

/// <summary>A question as the FAQ pages show it: with the article that answers it in full.</summary>
public sealed record FaqItem(Article Article, FaqEntry Entry)
{
    public string Question => Entry.Question;
    public string AnswerHtml => Entry.AnswerHtml;
    public string AnswerText => Entry.AnswerText;

    /// <summary>Site-relative link to the question on its article page, e.g. articles/trust/#how-long.</summary>
    public string Path => $"{Article.Path}#{Entry.Anchor}";
}
