using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// Collects the redirects that articles' and pages' <c>aliases</c> and expired articles' <c>expired_redirect</c> ask for,
/// refusing those that would hide a real file.
/// </summary>
public static class Redirects
{
    /// <param name="outputPaths">Every file the build writes besides redirects (pages, feeds, assets, content files).</param>
    /// <param name="displayPath">How errors name an article's source file.</param>
    public static IReadOnlyList<Redirect> Collect(Site site, IEnumerable<string> outputPaths, Func<Document, string> displayPath, ErrorList errors)
    {
        // Case-insensitive, like the file systems of many hosts, where About/ and about/ are one folder.
        var taken = new HashSet<string>(outputPaths, StringComparer.OrdinalIgnoreCase);
        var claimed = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        // Oldest article first, so when two articles claim an alias the newer one is the one reported; pages after.
        foreach (var document in site.Languages.SelectMany(l => l.Articles.Reverse().Cast<Document>().Concat(l.Pages)))
        {
            foreach (var (path, line, column) in document.Aliases)
            {
                var redirect = new Redirect(path, document.Path, document.Title);
                if (claimed.TryGetValue(path, out var owner))
                {
                    if (owner != document)
                        errors.Add(displayPath(document), line, column,
                            $"alias '{path}' is also an alias of {displayPath(owner)}; an old URL can lead to one page only");
                }
                else if (!redirect.HasQuery && taken.Contains(redirect.OutputPath))
                {
                    errors.Add(displayPath(document), line, column,
                        $"alias '{path}' collides with the page at {site.Config.RootUrl(path)}; remove the alias or move the page");
                }
                else if (redirect.HasQuery && Alias.Split(path).Path is var served && !QueryRedirects.Answers(served, taken))
                {
                    errors.Add(displayPath(document), line, column,
                        $"alias '{path}' has a query on the address of the page at {site.Config.RootUrl(served)}, "
                        + "which cannot send readers on; an address with a query redirects from the home page or from an address the site has no page at");
                }
                else
                {
                    claimed[path] = document;
                }
            }
        }
        var redirects = claimed.Select(c => new Redirect(c.Key, c.Value.Path, c.Value.Title)).ToList();
        foreach (var retired in site.Retired)
        {
            if (retired.RedirectTo is not { } target) continue;
            var redirect = new Redirect(retired.Path, target, TitleAt(site, target));
            // Another page at the expired article's address (a new article with its slug) wins: it is the page now.
            if (taken.Contains(redirect.OutputPath) || claimed.ContainsKey(retired.Path)) continue;
            redirects.Add(redirect);
        }
        return redirects.OrderBy(r => r.FromPath, StringComparer.Ordinal).ToList();
    }

    private static string TitleAt(Site site, string path)
    {
        string page = path.Split('#')[0];
        return site.AllArticles.Cast<Document>().Concat(site.AllPages).FirstOrDefault(d => d.Path == page)?.Title ?? site.Config.Title;
    }
}
