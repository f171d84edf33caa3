using SiteGen.Model;
using SiteGen.Render.SearchSections;
using SiteGen.Write;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// One index per language of the site: a page belongs to the language whose folder its URL is in, and each language's
/// search page reads its own index (search-index/, es/search-index/), analysed with that language's stemmer.
/// </summary>
public static class SearchIndexes
{
    /// <summary>Each language's index options, the default language's first.</summary>
    public static IReadOnlyList<SearchIndexOptions> Of(SiteConfig config) =>
        config.AllLanguages.Select(l => SearchIndexOptions.For(l.LanguagePrefix, l.Language)).ToList();

    /// <summary>The index folders of a site, each ending in '/': what the search stage owns in the output.</summary>
    public static IEnumerable<string> Folders(SiteConfig config) => Of(config).Select(o => o.Folder + "/");

    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchPage> pages, SiteConfig config)
    {
        var files = new List<OutputFile>();
        Write(pages, config, files.Add);
        return files;
    }

    /// <summary>Writes every index through <paramref name="write"/>, each file as soon as it is made.</summary>
    /// <returns>The paths of the files written.</returns>
    public static IReadOnlyList<string> Write(IReadOnlyList<SearchPage> pages, SiteConfig config, Action<OutputFile> write)
    {
        var indexes = Of(config);
        if (indexes.Count == 1) return SearchIndexWriter.Write(pages, indexes[0], write);
        var others = config.OtherLanguages.Select(l => (Url: config.RootUrl(l.LanguagePrefix), l.LanguagePrefix)).ToList();
        string LanguageOf(SearchPage page) => others.FirstOrDefault(o => page.Url.StartsWith(o.Url, StringComparison.Ordinal)).LanguagePrefix ?? "";
        var byLanguage = pages.ToLookup(LanguageOf, StringComparer.Ordinal);
        return indexes.SelectMany(options => SearchIndexWriter.Write(
            byLanguage[options.Folder[..^"search-index".Length]].OrderBy(p => p.Url, StringComparer.Ordinal).ToList(), options, write)).ToList();
    }
}
