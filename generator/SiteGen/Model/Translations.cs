namespace SiteGen.Model;

/// <summary>
/// The translations of each document and topic: documents with the same translation key in different languages
/// (the same file name under each language's folder, or front matter's <c>translation_key</c>), topics with the same key.
/// </summary>
public sealed class Translations
{
    public static readonly Translations None = new([], []);

    private readonly Dictionary<(Type Kind, string Key), IReadOnlyList<Document>> _documents;
    private readonly Dictionary<string, IReadOnlyList<Topic>> _topics;

    public Translations(IEnumerable<Document> documents, IEnumerable<Topic> topics)
    {
        _documents = documents.GroupBy(d => (d.GetType(), d.TranslationKey))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Document>)g.OrderBy(d => d.LanguagePrefix, StringComparer.Ordinal).ToList());
        _topics = topics.GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Topic>)g.OrderBy(t => t.LanguagePrefix, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The document in every language it exists in, itself included, the default language first; empty when it has no translation.</summary>
    public IReadOnlyList<Document> Of(Document document) =>
        _documents.TryGetValue((document.GetType(), document.TranslationKey), out var all) && all.Count > 1 ? all : [];

    /// <summary>The <typeparamref name="T"/> of a translation key in every language it exists in, as <see cref="Of(Document)"/>.</summary>
    public IReadOnlyList<Document> Of<T>(string key) where T : Document =>
        _documents.TryGetValue((typeof(T), key), out var all) && all.Count > 1 ? all : [];

    /// <summary>The topic in every language it has articles in, itself included; empty when it has no translation.</summary>
    public IReadOnlyList<Topic> Of(Topic topic) =>
        _topics.TryGetValue(topic.Key, out var all) && all.Count > 1 ? all : [];
}
