using System.Text.Json.Nodes;
using SiteGen.Model;

namespace SiteGen.Render.StructuredData;

/// <summary>A BreadcrumbList: the path from the home page to the current page.</summary>
public static class BreadcrumbNode
{
    /// <param name="trail">Name and site-relative path of each step after the home page, the current page last.</param>
    public static JsonObject Build(SiteConfig config, string pagePath, params (string Name, string Path)[] trail)
    {
        var steps = trail.Prepend((Name: config.Title, Path: "")).ToList();
        var items = new JsonArray();
        for (int i = 0; i < steps.Count; i++)
            items.Add((JsonNode)JsonLd.Node("ListItem",
                ("position", JsonValue.Create(i + 1)),
                ("name", steps[i].Name),
                ("item", config.AbsoluteUrl(steps[i].Path))));
        return JsonLd.Identified("BreadcrumbList", config.AbsoluteUrl(pagePath) + "#breadcrumb", ("itemListElement", items));
    }
}
