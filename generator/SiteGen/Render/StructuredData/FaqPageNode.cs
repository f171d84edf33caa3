using System.Text.Json.Nodes;
using SiteGen.Model;

namespace SiteGen.Render.StructuredData;

/// <summary>
/// An FAQPage whose questions are exactly those the page shows, in the same order. Answers are plain
/// text: it is what search engines quote, and it cannot carry markup they would reject.
/// </summary>
public static class FaqPageNode
{
    public static JsonObject Build(SiteConfig config, string pagePath, IEnumerable<FaqEntry> entries)
    {
        var questions = new JsonArray();
        foreach (var entry in entries)
            questions.Add((JsonNode)JsonLd.Node("Question",
                ("name", entry.Question),
                ("acceptedAnswer", JsonLd.Node("Answer", ("text", entry.AnswerText)))));
        return JsonLd.Identified("FAQPage", config.AbsoluteUrl(pagePath) + "#faq", ("url", config.AbsoluteUrl(pagePath)), ("mainEntity", questions));
    }
}
