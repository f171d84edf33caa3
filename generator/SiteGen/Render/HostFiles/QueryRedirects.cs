using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Write;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// Old addresses with a query, such as WordPress's "/?p=123". A static host answers them with the page of their
/// path (the home page, or the 404 page where there is none), so no file can redirect them: those two pages carry a
/// small script that looks the address up in this map and sends the reader on (the default theme's
/// query-redirects partial). Netlify also gets a real 301 for each, from _redirects.
/// </summary>
public static class QueryRedirects
{
    public const string Path = "query-redirects.json";

    /// <summary>Whether any document has an alias with a query, so the home and 404 pages need the script.</summary>
    public static bool Needed(Site site) =>
        site.AllArticles.Cast<Document>().Concat(site.AllPages).Any(d => d.Aliases.Any(a => a.HasQuery));

    /// <summary>
    /// Whether the page a host serves at <paramref name="path"/> carries the script: the home page does, and so does
    /// the 404 page, served where the site has no page; any other page does not.
    /// </summary>
    public static bool Answers(string path, IReadOnlySet<string> outputPaths) =>
        path.Length == 0 || !outputPaths.Contains(path.EndsWith('/') ? path + "index.html" : path);

    /// <summary>The map from each old address (site-relative, its query normalised as <see cref="AliasPath"/> does) to the URL it leads to.</summary>
    public static OutputFile Map(SiteConfig config, IEnumerable<Redirect> redirects)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var redirect in redirects.Where(r => r.HasQuery).OrderBy(r => r.FromPath, StringComparer.Ordinal))
                json.WriteString(redirect.FromPath, config.RootUrl(redirect.TargetPath));
            json.WriteEndObject();
        }
        return new OutputFile(Path, buffer.ToArray());
    }
}
