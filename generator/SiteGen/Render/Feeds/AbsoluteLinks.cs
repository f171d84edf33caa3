using System.Text.RegularExpressions;

namespace SiteGen.Render.Feeds;

/// <summary>
/// Makes the links of an HTML fragment absolute. Feed readers show content away from the site, where
/// root-relative links ("/blog/articles/x/") and bare fragments ("#note-1") would point nowhere.
/// </summary>
public static partial class AbsoluteLinks
{
    // Markdig and our templates always quote attributes with double quotes; '//' is protocol-relative and left alone.
    [GeneratedRegex("""(?<attr>\s(?:href|src)=")(?<url>/(?!/)|#)""", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeUrl();

    /// <param name="origin">Scheme and host, e.g. https://example.org.</param>
    /// <param name="pageUrl">The absolute URL of the page the fragment belongs to, for "#..." links.</param>
    public static string Rewrite(string html, string origin, string pageUrl) =>
        RelativeUrl().Replace(html, m =>
            m.Groups["attr"].Value + (m.Groups["url"].Value == "#" ? pageUrl + "#" : origin + "/"));
}
