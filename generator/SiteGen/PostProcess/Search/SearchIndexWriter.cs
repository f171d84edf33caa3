using SiteGen.Write;
using SiteGen.Render.SearchSections;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// Writes the search index of a rendered site, split so that a query downloads only what it needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>, and the same as a script, <c>manifest.js</c>: shard keys, stop words, topics, and a build id that versions the other files;</item>
/// <item><c>terms/KEY.json</c>: the postings of the terms that start with KEY (see <see cref="ShardPlanner"/>);</item>
/// <item><c>first/TERM.json</c>: the first results of a one-word query with what they show (see <see cref="FirstPages"/>);</item>
/// <item><c>typos/KEY.json</c>: the shards of words one edit away whose first letters differ (see <see cref="TypoRoutes"/>);</item>
/// <item><c>sections/F/N.json</c>: what results show (URL with anchor, title, heading, text for the snippet), for a run of sections;</item>
/// <item><c>topics/SLUG.json</c>: the page ids of a topic, for the topic filter.</item>
/// </list>
/// The same pages always give the same bytes. docs/search.md describes the format.
/// </summary>
public static class SearchIndexWriter
{
    public const int FormatVersion = 3;

    /// <summary>Section files per folder of <c>sections/</c>, so no folder grows to tens of thousands of files.</summary>
    public const int FilesPerFolder = 1000;

    /// <summary>
    /// The path in the output of the manifest as a script, which the search page loads beside its own
    /// scripts (and links to before this stage writes it): the manifest is then at hand when they run,
    /// so a search opened from a link asks for its term shard at once.
    /// </summary>
    public static string ManifestPath(SearchIndexOptions? options = null) => (options ?? new SearchIndexOptions()).Folder + "/manifest.js";

    /// <summary>The manifest as JSON, for readers of the index other than the search page.</summary>
    public static string ManifestJsonPath(SearchIndexOptions? options = null) => (options ?? new SearchIndexOptions()).Folder + "/manifest.json";

    /// <summary>The global variable manifest.js sets (read by search.js).</summary>
    public const string ManifestGlobal = "SiteGenSearchManifest";

    /// <param name="pages">Each rendered page as its root-relative URL (base path included) and its HTML.</param>
    public static IReadOnlyList<OutputFile> Write(IEnumerable<(string Url, string Html)> pages, SearchIndexOptions? options = null)
    {
        options ??= new SearchIndexOptions();
        var searchable = pages
            .AsParallel().AsOrdered()
            .Select(p => SectionExtractor.Extract(p.Url, p.Html))
            .Where(p => p is not null)
            .Select(p => p!)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        return Write(searchable, options);
    }

    /// <summary>Writes the index of pages already parsed (see <see cref="SectionExtractor.Extract(string, AngleSharp.Dom.IDocument)"/>).</summary>
    public static IReadOnlyList<OutputFile> Write(IEnumerable<SearchPage?> pages, SearchIndexOptions? options = null) =>
        Write(pages.OfType<SearchPage>().OrderBy(p => p.Url, StringComparer.Ordinal).ToList(), options ?? new SearchIndexOptions());

    /// <summary>The index of the HTML pages among a build's files, as the build calls it after rendering.</summary>
    /// <param name="basePath">The site's base path, starting and ending in '/' (SiteConfig.BasePath).</param>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<OutputFile> siteFiles, string basePath, SearchIndexOptions? options = null) =>
        Write(siteFiles
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (PageUrl(basePath, f.Path), System.Text.Encoding.UTF8.GetString(f.Content.Span))), options);

    /// <summary>The URL a page is linked by: pretty URLs drop the trailing index.html.</summary>
    internal static string PageUrl(string basePath, string outputPath) =>
        basePath + (outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    internal static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchPage> pages, SearchIndexOptions options)
    {
        var files = new List<OutputFile>();
        Write(pages, options, files.Add);
        return files;
    }

    /// <summary>Writes the index through <paramref name="write"/>, each file as soon as it is made.</summary>
    /// <returns>The paths of the files written.</returns>
    internal static IReadOnlyList<string> Write(IReadOnlyList<SearchPage> pages, SearchIndexOptions options, Action<OutputFile> write)
    {
        using var files = new IndexOutput(write);
        var postings = PostingsBuilder.Build(pages, options.MaxPostingsPerTerm, options.Language);
        var termBytes = new Dictionary<string, int>(postings.Count, StringComparer.Ordinal);
        foreach (var (term, list) in postings) termBytes[term] = IndexJson.PostingsByteCount(term, list);
        var shards = ShardPlanner.Plan(termBytes, options.ShardByteLimit);

        files.AddRange(shards.AsParallel().AsOrdered()
            .Select(shard => new OutputFile($"{options.Folder}/terms/{ShardKey.FileName(shard.Key)}.json", IndexJson.Shard(shard.Value, postings))));

        var typos = TypoRoutes.Build(shards);
        var typoShards = ShardPlanner.Plan(typos.ToDictionary(r => r.Key, r => TypoRoutes.EntryBytes(r.Key, r.Value), StringComparer.Ordinal), options.TypoByteLimit);
        files.AddRange(typoShards.Select(shard => new OutputFile($"{options.Folder}/typos/{ShardKey.FileName(shard.Key)}.json", IndexJson.TypoRoutes(shard.Value, typos))));

        var sections = new List<(SearchPage Page, SearchSection Section)>();
        foreach (var page in pages)
        {
            foreach (var section in page.Sections) sections.Add((page, section));
        }
        files.AddRange(FirstPages.Files(postings, sections, options).Select(f => new OutputFile($"{options.Folder}/first/{ShardKey.FileName(f.Term)}.json", f.Content)));
        AddSectionFiles(files, sections, options);

        var topics = TopicsOf(pages);
        foreach (var topic in topics)
        {
            var pageIds = Enumerable.Range(0, pages.Count).Where(i => pages[i].Topics.Any(t => t.Slug == topic.Slug));
            files.Add(new OutputFile($"{options.Folder}/topics/{ShardKey.FileName(topic.Slug)}.json", IndexJson.IntArray(pageIds)));
        }

        var manifest = Manifest(pages, sections.Count, options, shards.Keys, typoShards.Keys, FirstPages.Listed(postings, options), topics, files.BuildId());
        files.AddUnhashed(new OutputFile(ManifestJsonPath(options), manifest));
        files.AddUnhashed(new OutputFile(ManifestPath(options), ManifestScript(manifest)));
        return files.Paths;
    }

    /// <summary>
    /// Sections in runs of <see cref="SearchIndexOptions.SectionsPerFile"/> by id: the browser finds a
    /// section's file from its id alone, and a page's sections, numbered in a row, mostly share one.
    /// </summary>
    private static void AddSectionFiles(IndexOutput files, List<(SearchPage Page, SearchSection Section)> sections, SearchIndexOptions options)
    {
        var perFile = options.SectionsPerFile;
        var fileCount = (sections.Count + perFile - 1) / perFile;
        files.AddMade(fileCount, n =>
        {
            var run = sections.GetRange(n * perFile, Math.Min(perFile, sections.Count - n * perFile));
            return new OutputFile($"{options.Folder}/sections/{n / FilesPerFolder}/{n}.json", IndexJson.Fragments(run, options.MaxSnippetSourceChars));
        });
    }

    /// <summary>Every topic named on a searchable page, once, in name order.</summary>
    private static List<(string Slug, string Name, int Count)> TopicsOf(IReadOnlyList<SearchPage> pages) =>
        pages.SelectMany(p => p.Topics)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Name, g.Count()))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The manifest's JSON as a script setting <see cref="ManifestGlobal"/>: JSON is a JavaScript expression, data only.</summary>
    private static byte[] ManifestScript(byte[] json) =>
        [.. System.Text.Encoding.UTF8.GetBytes("window." + ManifestGlobal + " = "), .. json, .. ";\n"u8];

    private static byte[] Manifest(IReadOnlyList<SearchPage> pages, int sectionCount, SearchIndexOptions options, IEnumerable<string> shardKeys,
        IEnumerable<string> typoKeys, IEnumerable<string> listedFirstPages, List<(string Slug, string Name, int Count)> topics, string buildId) => IndexJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteString("build", buildId);
        w.WriteNumber("pages", pages.Count);
        w.WriteNumber("sections", sectionCount);
        w.WriteNumber("sectionsPerFile", options.SectionsPerFile);
        w.WriteNumber("filesPerFolder", FilesPerFolder);
        w.WriteNumber("firstPageMinResults", options.FirstPageMinResults);
        w.WriteStartArray("shards");
        foreach (var key in shardKeys) w.WriteStringValue(key);
        w.WriteEndArray();
        w.WriteStartArray("typos");
        foreach (var key in typoKeys) w.WriteStringValue(key);
        w.WriteEndArray();
        w.WriteStartArray("firstPages");
        foreach (var term in listedFirstPages) w.WriteStringValue(term);
        w.WriteEndArray();
        w.WriteStartArray("stopWords");
        foreach (var word in options.Language.StopWords) w.WriteStringValue(word);
        w.WriteEndArray();
        w.WriteString("language", options.Language.Code);
        w.WriteStartArray("topics");
        foreach (var (slug, name, count) in topics)
        {
            w.WriteStartObject();
            w.WriteString("slug", slug);
            w.WriteString("name", name);
            w.WriteNumber("pages", count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
