using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.StructuredData;

public class BuiltSiteJsonLdTests : IDisposable
{
    private readonly SiteFixture _site = BuiltSites.Create();

    public BuiltSiteJsonLdTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    private IEnumerable<JsonElement> Nodes(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").SelectMany(script =>
        {
            var root = JsonDocument.Parse(script.TextContent).RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            return root.TryGetProperty("@graph", out var graph) ? graph.EnumerateArray().ToList() : [root];
        });

    private static string Type(JsonElement node) => node.GetProperty("@type").GetString()!;

    private static string Required(JsonElement node, params string[] path)
    {
        var value = node;
        foreach (var name in path)
            Assert.True(value.TryGetProperty(name, out value), $"{Type(node)} has no {string.Join('.', path)}");
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        Assert.False(string.IsNullOrWhiteSpace(text), $"{Type(node)}.{string.Join('.', path)} is empty");
        return text;
    }

    [Fact]
    public void Every_json_ld_block_of_the_site_has_the_required_properties_of_its_type()
    {
        int checkedNodes = 0;
        foreach (var path in _site.OutputFiles().Where(p => p.EndsWith(".html")))
        {
            foreach (var node in Nodes(_site.Html(path)))
            {
                checkedNodes++;
                switch (Type(node))
                {
                    case "BlogPosting":
                        foreach (var property in new[] { "headline", "description", "datePublished", "dateModified", "mainEntityOfPage" })
                            Required(node, property);
                        Required(node, "author", "name");
                        Required(node, "publisher", "name");
                        Required(node, "publisher", "url");
                        Required(node, "publisher", "logo", "url");
                        Required(node, "publisher", "telephone");
                        break;
                    case "MedicalWebPage":
                        Required(node, "reviewedBy", "name");
                        Required(node, "lastReviewed");
                        break;
                    case "FAQPage":
                        Assert.NotEmpty(node.GetProperty("mainEntity").EnumerateArray());
                        foreach (var question in node.GetProperty("mainEntity").EnumerateArray())
                        {
                            Assert.Equal("Question", Type(question));
                            Required(question, "name");
                            Assert.Equal("Answer", Type(question.GetProperty("acceptedAnswer")));
                            Required(question, "acceptedAnswer", "text");
                        }
                        break;
                    case "BreadcrumbList":
                        var items = node.GetProperty("itemListElement").EnumerateArray().ToList();
                        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
                        Assert.All(items, i => Assert.StartsWith(BuiltSites.BaseUrl, i.GetProperty("item").GetString()));
                        break;
                    case "Organization":
                        Required(node, "name");
                        Required(node, "url");
                        break;
                }
            }
        }
        Assert.True(checkedNodes > 0, "no JSON-LD found in the built site");
    }

    [Theory]
    [InlineData("index.html", new[] { "Organization", "WebSite" })]
    [InlineData("articles/after-a-relapse/index.html", new[] { "MedicalWebPage", "BlogPosting", "BreadcrumbList", "FAQPage" })]
    [InlineData("articles/boundaries/index.html", new[] { "WebPage", "BlogPosting", "BreadcrumbList" })]
    [InlineData("topics/family/index.html", new[] { "BreadcrumbList" })]
    [InlineData("faq/index.html", new[] { "BreadcrumbList", "FAQPage" })]
    [InlineData("faq/family/index.html", new[] { "BreadcrumbList", "FAQPage" })]
    public void Each_kind_of_page_carries_its_types(string page, string[] types)
    {
        Assert.Equal(types.Order(), Nodes(_site.Html(page)).Select(Type).Order());
    }

    [Theory]
    [InlineData("articles/after-a-relapse/index.html")]
    [InlineData("faq/index.html")]
    [InlineData("faq/relapse/index.html")]
    public void Faq_data_matches_the_questions_the_page_shows(string path)
    {
        var page = _site.Html(path);
        var marked = Nodes(page).Where(n => Type(n) == "FAQPage")
            .SelectMany(n => n.GetProperty("mainEntity").EnumerateArray())
            .Select(q => q.GetProperty("name").GetString()!)
            .ToList();
        // Questions show as the summary of an expandable item, or as headings of the body's own FAQ section.
        var summaries = page.QuerySelectorAll("details.faq-item > summary").Select(s => s.TextContent.Trim()).ToList();
        var headings = page.QuerySelectorAll(".article-body h2, .article-body h3, .article-body h4").Select(h => h.TextContent.Trim());

        Assert.Equal(["Is it normal to lose people after a relapse?", "What should I say when I reach out?"], marked);
        Assert.All(summaries, s => Assert.Contains(s, marked));
        Assert.All(marked, q => Assert.True(summaries.Contains(q) || headings.Contains(q), $"'{q}' is marked up but not shown"));
    }
}
