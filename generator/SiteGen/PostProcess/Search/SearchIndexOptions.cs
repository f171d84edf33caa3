namespace SiteGen.PostProcess.Search;

/// <summary>Where the index goes and how it is cut into files.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>The output folder of the index, relative to the site root.</summary>
    public string Folder { get; init; } = "search-index";

    /// <summary>How the pages' words become terms: each language of a site has an index of its own.</summary>
    public SearchLanguage Language { get; init; } = SearchLanguage.English;

    /// <summary>The options of a language's index: search-index/ for the default language, es/search-index/ for Spanish.</summary>
    public static SearchIndexOptions For(string languagePrefix, string languageCode) =>
        new() { Folder = languagePrefix + "search-index", Language = SearchLanguage.For(languageCode) };

    /// <summary>
    /// The best-scoring sections kept per term. A reader looks at the first results only; keeping every
    /// posting of a common word would make its shard the largest download of a query.
    /// </summary>
    public int MaxPostingsPerTerm { get; init; } = 200;

    /// <summary>A term shard larger than this is split by one more letter of prefix.</summary>
    public int ShardByteLimit { get; init; } = 24_000;

    /// <summary>A file of the typo table larger than this is split by one more letter of its keys.</summary>
    public int TypoByteLimit { get; init; } = 8_000;

    /// <summary>Results in a term's file of first results (<c>first/</c>): the first page the search page shows.</summary>
    public int FirstPageSize { get; init; } = 10;

    /// <summary>
    /// Terms with fewer results get no file of first results: their few section files are fetched instead.
    /// </summary>
    public int FirstPageMinResults { get; init; } = 4;

    /// <summary>
    /// Terms with a file of first results that the manifest names, those with the most and best results:
    /// the browser fetches such a word's file beside its shard instead of after it. A few kilobytes of
    /// manifest; naming them all would make it grow with the site's vocabulary.
    /// </summary>
    public int ListedFirstPages { get; init; } = 500;

    /// <summary>
    /// Sections per file of <c>sections/</c>. One file per section made a site of 10,000 articles
    /// 110,000 files; larger runs cost bytes for each result shown (docs/search.md has the figures).
    /// </summary>
    public int SectionsPerFile { get; init; } = 4;

    /// <summary>Section text kept for snippets; matches are rare past this and the bytes are fetched per result.</summary>
    public int MaxSnippetSourceChars { get; init; } = 2_000;
}
