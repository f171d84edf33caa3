namespace SiteGen.PostProcess.Search;

/// <summary>
/// Words too common to tell sections apart. The manifest carries this list to the browser, so the
/// query side always drops exactly what the index dropped.
/// </summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> English = new SortedSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only", "or", "other",
        "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves",
    };

    /// <summary>Spanish function words, accents folded as the Spanish index takes them ("está" is "esta").</summary>
    public static readonly IReadOnlySet<string> Spanish = new SortedSet<string>(StringComparer.Ordinal)
    {
        "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando",
        "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "eran",
        "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estado", "estan", "estar", "estas", "este", "esto", "estos",
        "fue", "fueron", "ha", "han", "has", "hasta", "hay", "he", "la", "las", "le", "les", "lo", "los",
        "me", "mi", "mis", "mucho", "muchos", "muy", "nada", "ni", "nos", "nosotros", "nuestra", "nuestro",
        "o", "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "quien", "quienes",
        "se", "sea", "ser", "si", "sin", "sobre", "son", "su", "sus", "tambien", "tanto", "te", "tiene", "tienen", "todo", "todos",
        "tu", "tus", "u", "un", "una", "unas", "uno", "unos", "usted", "ustedes", "vosotros", "y", "ya", "yo",
    };
}
