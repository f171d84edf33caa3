using SiteGen.Diagnostics;
using SiteGen.Parse;

namespace SiteGen.Languages;

/// <summary>
/// A translation key names one article (or page) in each language: two in the same language sharing one would make
/// every hreflang link of the set ambiguous, so both are reported where their key comes from.
/// </summary>
public static class TranslationKeys
{
    public static void Check(IReadOnlyList<SourceDocument> documents, ErrorList errors)
    {
        var clashes = documents.GroupBy(d => (d.Kind, d.LanguagePrefix, d.TranslationKey)).Where(g => g.Count() > 1);
        foreach (var clash in clashes)
        {
            var all = clash.OrderBy(d => d.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var document in all)
            {
                var (line, column) = document.Front.TranslationKey is null ? (1, 1) : document.Front.Places.TextOf("translation_key");
                string others = string.Join(", ", all.Where(d => d != document).Select(d => d.SourcePath));
                errors.Add(document.DisplayPath, line, column,
                    $"translation key '{clash.Key.TranslationKey}' is also that of {others} in the same language; each language has one {(document.Kind == DocumentKind.Article ? "article" : "page")} per key: give one of them another translation_key");
            }
        }
    }
}
