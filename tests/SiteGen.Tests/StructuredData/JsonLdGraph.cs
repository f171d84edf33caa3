using System.Text.Json;

namespace SiteGen.Tests.StructuredData;

/// <summary>Reads a JSON-LD document the way a consumer would: its nodes by @type.</summary>
internal sealed class JsonLdGraph
{
    private readonly List<JsonElement> _nodes;

    public JsonLdGraph(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        _nodes = root.TryGetProperty("@graph", out var graph) ? graph.EnumerateArray().ToList() : [root];
    }

    public IEnumerable<string?> Types => _nodes.Select(n => n.GetProperty("@type").GetString());

    public JsonElement Single(string type) => Assert.Single(_nodes, n => n.GetProperty("@type").GetString() == type);

    public bool Has(string type) => _nodes.Any(n => n.GetProperty("@type").GetString() == type);

    public static string? Text(JsonElement node, params string[] path)
    {
        foreach (var name in path)
            if (!node.TryGetProperty(name, out node)) return null;
        return node.ValueKind == JsonValueKind.String ? node.GetString() : node.GetRawText();
    }

    public static IReadOnlyList<(string Question, string Answer)> Questions(JsonElement faqPage) =>
        faqPage.GetProperty("mainEntity").EnumerateArray()
            .Select(q =>
            {
                Assert.Equal("Question", q.GetProperty("@type").GetString());
                Assert.Equal("Answer", q.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
                return (q.GetProperty("name").GetString()!, q.GetProperty("acceptedAnswer").GetProperty("text").GetString()!);
            })
            .ToList();

    public static IReadOnlyList<(int Position, string Name, string Item)> Crumbs(JsonElement list) =>
        list.GetProperty("itemListElement").EnumerateArray()
            .Select(i => (i.GetProperty("position").GetInt32(), i.GetProperty("name").GetString()!, i.GetProperty("item").GetString()!))
            .ToList();
}
