using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Render.StructuredData;

/// <summary>Turns schema.org nodes into the text of one &lt;script type="application/ld+json"&gt; element.</summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    // Relaxed escaping keeps accents and quotes readable; '<' is escaped separately below.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One document holding every node in an @graph, properties in the order they were added. Every '&lt;'
    /// becomes \u003C (it can only occur inside strings), so no title can close the script element or
    /// open a comment in it.
    /// </summary>
    public static string Graph(IEnumerable<JsonObject> nodes)
    {
        var document = new JsonObject
        {
            ["@context"] = Context,
            ["@graph"] = new JsonArray(nodes.Cast<JsonNode?>().ToArray()),
        };
        return document.ToJsonString(Options).Replace("<", "\\u003C", StringComparison.Ordinal);
    }

    /// <summary>A node with its @type first, then the given properties; null values are left out.</summary>
    public static JsonObject Node(string type, params (string Name, JsonNode? Value)[] properties) =>
        Identified(type, null, properties);

    /// <summary>A node with its @type and @id first, so other nodes can refer to it.</summary>
    public static JsonObject Identified(string type, string? id, params (string Name, JsonNode? Value)[] properties)
    {
        var node = new JsonObject { ["@type"] = type };
        if (id is not null) node["@id"] = id;
        foreach (var (name, value) in properties)
            if (value is not null) node[name] = value;
        return node;
    }

    /// <summary>A reference to a node described elsewhere.</summary>
    public static JsonObject Reference(string id) => new() { ["@id"] = id };

    /// <summary>A string value, or null (left out) when there is no text.</summary>
    public static JsonNode? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(text);
}
