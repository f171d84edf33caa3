using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// Collects the redirects that articles' <c>aliases</c> and expired articles' <c>expired_redirect</c> ask for,
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
        var claimed = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        // Oldest first, so when two articles claim an alias the newer one is the one reported.
        foreach (var article in site.Articles.Reverse())
        {
            foreach (var (path, line, column) in article.Aliases)
            {
                var redirect = new Redirect(path, article.Path, article.Title);
                if (claimed.TryGetValue(path, out var owner))
                {
                    if (owner != article)
                        errors.Add(displayPath(article), line, column,
                            $"alias '{path}' is also an alias of {displayPath(owner)}; an old URL can lead to one article only");
                }
                else if (taken.Contains(redirect.OutputPath))
                {
                    errors.Add(displayPath(article), line, column,
                        $"alias '{path}' collides with the page at {site.Config.RootUrl(path)}; remove the alias or move the page");
                }
                else
                {
                    claimed[path] = article;
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
        return site.Articles.Cast<Document>().Concat(site.Pages).FirstOrDefault(d => d.Path == page)?.Title ?? site.Config.Title;
    }
}
