namespace SiteGen.PostProcess.Search;

/// <summary>
/// How one language's words become index terms: its stop words and its stemmer, and whether accents are folded.
/// The manifest names the language (<see cref="Code"/>) so the browser analyses a query the same way
/// (<c>forLanguage()</c> in search-text.js). A language SiteGen has no stemmer for is indexed word for word.
/// </summary>
public sealed class SearchLanguage
{
    private readonly Func<string, string> _stem;

    private SearchLanguage(string code, IReadOnlySet<string> stopWords, Func<string, string> stem, bool foldsAccents)
    {
        Code = code;
        StopWords = stopWords;
        _stem = stem;
        FoldsAccents = foldsAccents;
    }

    public static readonly SearchLanguage English = new("en", Search.StopWords.English, EnglishStemmer.Stem, foldsAccents: false);

    /// <summary>Spanish: Snowball's stemmer on accent-folded words, so "recaida" finds "recaída".</summary>
    public static readonly SearchLanguage Spanish = new("es", Search.StopWords.Spanish, SpanishStemmer.Stem, foldsAccents: true);

    /// <summary>Words as they are (lower case, accents folded): no stemmer is known for the language.</summary>
    public static readonly SearchLanguage Plain = new("", new HashSet<string>(), AccentFolding.Fold, foldsAccents: true);

    /// <summary>The analysis for a site language's code: "en", "en-GB", "es-MX"...</summary>
    public static SearchLanguage For(string languageCode) => Languages.PluralRule.BaseCode(languageCode).ToLowerInvariant() switch
    {
        "en" => English,
        "es" => Spanish,
        _ => Plain,
    };

    /// <summary>"en", "es", or "" for a language indexed word for word.</summary>
    public string Code { get; }

    /// <summary>Words dropped from the index and from queries, as <see cref="Term"/> sees them (accents folded where folded).</summary>
    public IReadOnlySet<string> StopWords { get; }

    public bool FoldsAccents { get; }

    /// <summary>The word as the stop words and the stemmer take it.</summary>
    public string Normalize(string word) => FoldsAccents ? AccentFolding.Fold(word) : word;

    /// <summary>The index term of a lower-case word, or null for a stop word.</summary>
    public string? Term(string word)
    {
        string normal = Normalize(word);
        return StopWords.Contains(normal) ? null : _stem(normal);
    }

    /// <summary>The stem of a word that is not a stop word.</summary>
    public string Stem(string word) => _stem(Normalize(word));
}
