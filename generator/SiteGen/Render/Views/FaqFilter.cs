using SiteGen.Model;

namespace SiteGen.Render.Views;

/// <summary>Keeps an article from showing a question twice.</summary>
internal static class FaqFilter
{
    /// <summary>
    /// The questions the body does not already show. The model lists front matter questions and the
    /// body's own FAQ section together; the body's are rendered in place with their anchor as id, so
    /// an entry whose anchor is already an id in the body is left out of the separate FAQ section.
    /// </summary>
    public static IReadOnlyList<FaqEntry> NotInBody(IReadOnlyList<FaqEntry> faq, CompactText bodyHtml) =>
        faq.Where(entry => !HasId(bodyHtml, entry.Anchor)).ToList();

    private static bool HasId(CompactText html, string id) =>
        html.Contains($"id=\"{id}\"") || html.Contains($"id='{id}'");
}
