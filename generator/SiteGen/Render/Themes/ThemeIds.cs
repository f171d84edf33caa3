using SiteGen.Parse.Markdown;
using System.Text.RegularExpressions;

namespace SiteGen.Render.Themes;

/// <summary>
/// The element ids a theme's layouts and partials write literally (<c>id="main"</c>, <c>id="site-search"</c>): heading ids
/// of content must differ from them, or a skip link or a label would point at the wrong element. Ids computed by the
/// template cannot all be known: <c>id="faq-group-{{ for.index }}"</c> reserves every id that starts with faq-group-, and an id
/// that is all expression (<c>id="{{ item.id }}"</c>) is left out.
/// </summary>
public static partial class ThemeIds
{
    // The literal start of the value; a template expression after it ("faq-group-{{ for.index }}") makes it a prefix.
    [GeneratedRegex("""\sid\s*=\s*["'](?<id>[^"'{}]*)(?<numbered>\{\{)?""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Id();

    public static ReservedIds Of(Theme theme)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in theme.Chain)
            foreach (string sub in new[] { "layouts", "partials" })
            {
                string path = Path.Combine(folder.Root, sub);
                if (!Directory.Exists(path)) continue;
                foreach (string file in Directory.EnumerateFiles(path, "*.html", SearchOption.AllDirectories))
                    foreach (Match m in Id().Matches(File.ReadAllText(file)))
                    {
                        string id = m.Groups["id"].Value.Trim();
                        if (!m.Groups["numbered"].Success) ids.Add(id);
                        else if (id.Length > 0) prefixes.Add(id);
                    }
            }
        return new ReservedIds(ids, [.. prefixes]);
    }
}
