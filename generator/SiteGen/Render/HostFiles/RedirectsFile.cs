using System.Text;
using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The _redirects file that Netlify and Cloudflare Pages read: one "from to 301" line per alias, with
/// the base path, so those hosts answer with a real HTTP redirect instead of the fallback page. An address with
/// a query is a line in Netlify's form ("/ p=123 /articles/x/ 301!", forced because the home page is a file there),
/// first, so it wins over a line for its path alone; Cloudflare Pages, which matches no query, skips such lines.
/// </summary>
public static class RedirectsFile
{
    public const string Path = "_redirects";

    public static string Text(SiteConfig config, IEnumerable<Redirect> redirects)
    {
        var text = new StringBuilder();
        foreach (var redirect in redirects)
        {
            if (Alias.Split(redirect.FromPath) is not (var path, { } query)) continue;
            text.Append(config.RootUrl(path));
            foreach (var pair in query.Split('&'))
                text.Append(' ').Append(string.Join('=', pair.Split('=', 2).Select(Uri.EscapeDataString)));
            text.Append(' ').Append(config.RootUrl(redirect.TargetPath)).Append(" 301!\n");
        }
        foreach (var redirect in redirects.Where(r => !r.HasQuery))
            text.Append(config.RootUrl(redirect.FromPath)).Append(' ')
                .Append(config.RootUrl(redirect.TargetPath)).Append(" 301\n");
        return text.ToString();
    }
}
