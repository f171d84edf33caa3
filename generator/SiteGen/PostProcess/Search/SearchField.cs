namespace SiteGen.PostProcess.Search;

/// <summary>The parts of a section that score separately, strongest first.</summary>
internal enum SearchField
{
    Title,
    Heading,
    Question,
    Body,
}

/// <summary>BM25F settings per field: a word in the title outweighs one in a heading, a FAQ question, then the body.</summary>
internal static class SearchFieldWeights
{
    public const double K1 = 1.2;

    public static double Weight(SearchField field) => field switch
    {
        SearchField.Title => 8,
        SearchField.Heading => 4,
        SearchField.Question => 3,
        _ => 1,
    };

    /// <summary>Length normalisation: short fields are all short, so their length says little.</summary>
    public static double LengthNormalization(SearchField field) => field == SearchField.Body ? 0.75 : 0.3;

    public static readonly SearchField[] All = Enum.GetValues<SearchField>();
}
