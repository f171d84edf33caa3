using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Write;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// The files a static host and crawlers expect beside the pages: sitemap, robots.txt, and the
/// redirects of articles' and pages' aliases (as pages, as _redirects, and as the map of addresses with a query). The _headers file comes later,
/// from <see cref="SecurityHeaders"/>, because it hashes the final HTML.
/// </summary>
public static class HostFileWriter
{
    /// <param name="outputPaths">Every other file of the output, so an alias never replaces one.</param>
    /// <param name="displayPath">How errors name an article's source file.</param>
    /// <param name="alternates">Each page's versions in other languages by its absolute URL (see <see cref="Sitemap.Write(Site, int, IReadOnlyDictionary{string, IReadOnlyList{SitemapAlternate}}?)"/>).</param>
    public static IReadOnlyList<OutputFile> Write(Site site, IEnumerable<string> outputPaths, Func<Document, string> displayPath,
        ErrorList errors, int sitemapUrlsPerFile = Sitemap.ProtocolUrlLimit, IReadOnlyDictionary<string, IReadOnlyList<SitemapAlternate>>? alternates = null)
    {
        var files = new List<OutputFile>(Sitemap.Write(site, sitemapUrlsPerFile, alternates)) { RobotsTxt.Write(site.Config) };
        var redirects = Redirects.Collect(site, outputPaths, displayPath, errors);
        foreach (var redirect in redirects.Where(r => !r.HasQuery))
            files.Add(OutputFile.FromText(redirect.OutputPath, RedirectPage.Html(site.Config, redirect)));
        if (redirects.Count > 0) files.Add(OutputFile.FromText(RedirectsFile.Path, RedirectsFile.Text(site.Config, redirects)));
        if (QueryRedirects.Needed(site)) files.Add(QueryRedirects.Map(site.Config, redirects));
        return files;
    }
}
