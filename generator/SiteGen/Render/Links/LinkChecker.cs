using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Render.Links;

/// <summary>Checks that every internal href and src of the rendered pages leads to a file of the output.</summary>
public static class LinkChecker
{
    /// <summary>
    /// Reports one error per broken link: a link of the theme (a header link, say) is one mistake
    /// however many pages and layouts repeat it, and is blamed on the first layout that shows it; a
    /// link of a document's body is blamed on that document.
    /// </summary>
    /// <param name="linksOfSettings">
    /// URLs that come from settings rather than from a template (the menu of site.yml), each with the
    /// file that sets it: a broken one is blamed there, where it must be fixed.
    /// </param>
    public static void Check(IReadOnlyList<CheckedPage> pages, ISet<string> outputPaths, string basePath, ErrorList errors,
        IReadOnlyDictionary<string, SettingLocation>? linksOfSettings = null)
    {
        var broken = new ConcurrentBag<Broken>();
        Parallel.ForEach(pages, page =>
        {
            foreach (string url in page.Links)
            {
                string? target = InternalLink.Target(url, page.OutputPath, basePath, out bool outsideBase);
                if (!outsideBase && (target is null || InternalLink.Resolves(target, outputPaths))) continue;
                bool fromBody = page.SourceFile is not null && page.BodyHtml is not null && page.BodyHtml.Contains(url);
                var owner = fromBody ? new SettingLocation(page.SourceFile!, 1, 1) : linksOfSettings?.GetValueOrDefault(url);
                broken.Add(new Broken(url, page.OutputPath, owner, page.LayoutFile, outsideBase));
            }
        });

        foreach (var group in broken.GroupBy(b => (b.Url, b.Document)))
        {
            var ordered = group.OrderBy(b => b.Layout, StringComparer.Ordinal).ThenBy(b => b.Page, StringComparer.Ordinal).ToList();
            var first = ordered[0];
            string where = ordered.Count > 1 ? $"{first.Page} and {ordered.Count - 1} other page(s)" : first.Page;
            string why = first.OutsideBase ? $"it is outside the site's base path {basePath}" : "no such file in the output";
            var (file, line, column) = first.Document ?? new SettingLocation(first.Layout, 1, 1);
            errors.Add(file, line, column, $"broken internal link '{first.Url}' on {where}: {why}");
        }
    }

    /// <param name="Document">Where the content or settings wrote the link, or null for a link of the theme.</param>
    private sealed record Broken(string Url, string Page, SettingLocation? Document, string Layout, bool OutsideBase);
}

/// <summary>A place in a content or settings file that wrote a link.</summary>
public sealed record SettingLocation(string File, int Line, int Column);
