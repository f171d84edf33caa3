using System.Text;
using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The _redirects file that Netlify and Cloudflare Pages read: one "from to 301" line per alias, with
/// the base path, so those hosts answer with a real HTTP redirect instead of the fallback page.
/// </summary>
public static class RedirectsFile
{
    public const string Path = "_redirects";

    public static string Text(SiteConfig config, IEnumerable<Redirect> redirects)
    {
        var text = new StringBuilder();
        foreach (var redirect in redirects)
            text.Append(config.RootUrl(redirect.FromPath)).Append(' ')
                .Append(config.RootUrl(redirect.TargetPath)).Append(" 301\n");
        return text.ToString();
    }
}
