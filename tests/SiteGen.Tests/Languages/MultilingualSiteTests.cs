using System.Xml.Linq;
using AngleSharp.Html.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Languages;

public sealed class MultilingualSiteTests : IDisposable
{
    private readonly SiteFixture _site = MultilingualSite.Create();

    public MultilingualSiteTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<string> Pages => _site.OutputFiles().Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Spanish_content_is_published_under_es_with_spanish_topic_slugs()
    {
        Assert.True(_site.OutputExists("es/articles/trust/index.html"));
        Assert.True(_site.OutputExists("es/articles/recaida/index.html"));
        Assert.True(_site.OutputExists("es/quienes-somos/index.html"));
        Assert.True(_site.OutputExists("es/topics/confianza/index.html"));
        Assert.True(_site.OutputExists("es/topics/relapse/index.html"));
        Assert.True(_site.OutputExists("es/index.html"));
        Assert.True(_site.OutputExists("es/404.html"));
        Assert.True(_site.OutputExists("es/feed.xml"));
        Assert.False(_site.OutputExists("es/topics/trust/index.html"));
        // An article that names the topic by its Spanish slug is filed under it all the same.
        var topic = _site.Html("es/topics/confianza/index.html");
        Assert.Contains(topic.QuerySelectorAll(".article-card a"), a => a.TextContent == "Solo en español");
        Assert.Equal("Reconstruir la confianza", topic.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Every_page_carries_its_languages_code()
    {
        foreach (string page in Pages)
        {
            string expected = page.StartsWith("es/", StringComparison.Ordinal) ? "es" : "en";
            Assert.True(expected == _site.Html(page).DocumentElement.GetAttribute("lang"), $"{page} should have lang=\"{expected}\"");
        }
    }

    [Fact]
    public void Hreflang_links_are_symmetric_and_point_to_pages_that_exist()
    {
        var links = Pages.ToDictionary(p => Canonical(_site.Html(p)) ?? p, p => Alternates(_site.Html(p)));
        int pairs = 0;
        foreach (var (url, alternates) in links.Where(l => l.Value.Count > 0))
        {
            Assert.Contains(url, alternates.Values);
            Assert.Equal(alternates["en"], alternates["x-default"]);
            foreach (var (language, other) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(links.TryGetValue(other, out var back), $"{url} links {other}, which is not a page of the site");
                Assert.True(back.GetValueOrDefault(language) == other && back.Values.Contains(url), $"{other} does not link back to {url}");
                pairs++;
            }
        }
        Assert.True(pairs >= 10, "home, topics, two topics, two articles and the page link their translations");
        Assert.Empty(Alternates(_site.Html("articles/english-only/index.html")));
        Assert.Empty(Alternates(_site.Html("es/articles/solo-espanol/index.html")));
        Assert.Equal("https://example.org/help/es/articles/recaida/", Alternates(_site.Html("articles/relapse/index.html"))["es"]);
    }

    [Fact]
    public void The_switcher_names_each_language_in_itself_and_is_absent_where_there_is_nothing_to_switch_to()
    {
        var english = _site.Html("articles/trust/index.html").QuerySelector("nav.language-switcher")!;
        var spanish = english.QuerySelector("a[hreflang=es]")!;
        Assert.Equal("Español", spanish.TextContent);
        Assert.Equal("es", spanish.GetAttribute("lang"));
        Assert.Equal("/help/es/articles/trust/", spanish.GetAttribute("href"));
        Assert.Equal("English", english.QuerySelector("[aria-current]")!.TextContent);
        Assert.NotNull(english.GetAttribute("aria-label"));

        var back = _site.Html("es/quienes-somos/index.html").QuerySelector("nav.language-switcher a[hreflang=en]")!;
        Assert.Equal("/help/about/", back.GetAttribute("href"));
        Assert.Null(_site.Html("articles/english-only/index.html").QuerySelector("nav.language-switcher"));
    }

    [Fact]
    public void Spanish_pages_show_the_spanish_settings_and_the_themes_spanish_words()
    {
        var page = _site.Html("es/articles/trust/index.html");
        Assert.Contains("Recuperación Harbor", page.Title);
        Assert.Contains("Línea Nacional de Ayuda de SAMHSA", page.QuerySelector(".helpline-label")!.TextContent);
        Assert.Equal("Llamar al 1-800-662-4357", page.QuerySelector(".helpline-call")!.TextContent);
        Assert.Equal("No es consejo médico.", page.QuerySelector(".disclaimer")!.TextContent.Trim());
        Assert.Equal("2 de marzo de 2026", page.QuerySelector(".article-meta time")!.TextContent);
        Assert.Equal("1 min de lectura", page.QuerySelector(".reading-time")!.TextContent);
        Assert.Equal("/help/es/", page.QuerySelector("a.site-title")!.GetAttribute("href"));
        Assert.Equal("es", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en", page.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
        Assert.Equal("Saltar al contenido", page.QuerySelector(".skip-link")!.TextContent);
        // The English pages keep the English words.
        Assert.Equal("Call 1-800-662-4357", _site.Html("articles/trust/index.html").QuerySelector(".helpline-call")!.TextContent);
        Assert.Equal("Página no encontrada", _site.Html("es/404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Each_language_lists_only_its_own_articles()
    {
        var home = _site.Html("es/index.html");
        var titles = home.QuerySelectorAll(".article-card h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Reconstruir la confianza", "Después de una recaída", "Solo en español"], titles);
        Assert.DoesNotContain(_site.Html("index.html").QuerySelectorAll(".article-card a"), a => a.TextContent.Contains("español"));
    }

    [Fact]
    public void Each_language_has_a_feed_of_its_own_articles_in_its_language()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_site.ReadOutput("es/feed.xml"));
        Assert.Equal("es", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(3, feed.Root.Elements(atom + "entry").Count());
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.StartsWith("https://example.org/help/es/", e.Element(atom + "id")!.Value));
        Assert.Contains(_site.Html("es/index.html").QuerySelectorAll("link[type='application/atom+xml']"), l => l.GetAttribute("href") == "/help/es/feed.xml");
        Assert.Equal(3, XDocument.Parse(_site.ReadOutput("feed.xml")).Root!.Elements(atom + "entry").Count());
    }

    [Fact]
    public void The_sitemap_lists_every_language_with_its_alternates()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(_site.ReadOutput("sitemap.xml")).Root!.Elements(sm + "url").ToList();
        var locs = urls.Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Contains("https://example.org/help/es/articles/solo-espanol/", locs);
        Assert.Contains("https://example.org/help/es/", locs);
        var trust = urls.Single(u => u.Element(sm + "loc")!.Value == "https://example.org/help/articles/trust/");
        var alternates = trust.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(new Dictionary<string, string>
        {
            ["en"] = "https://example.org/help/articles/trust/",
            ["es"] = "https://example.org/help/es/articles/trust/",
            ["x-default"] = "https://example.org/help/articles/trust/",
        }, alternates);
        Assert.Empty(urls.Single(u => u.Element(sm + "loc")!.Value.EndsWith("/english-only/", StringComparison.Ordinal)).Elements(xhtml + "link"));
    }

    [Fact]
    public void Structured_data_links_a_translation_to_the_work_it_translates()
    {
        string spanish = _site.Html("es/articles/trust/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        string english = _site.Html("articles/trust/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"translationOfWork\":{\"@id\":\"https://example.org/help/articles/trust/#article\"}", spanish);
        Assert.Contains("\"workTranslation\":[{\"@id\":\"https://example.org/help/es/articles/trust/#article\"}]", english);
        Assert.Contains("\"inLanguage\":\"es\"", spanish);
    }

    [Fact]
    public void Each_language_has_its_own_search_index_in_its_language()
    {
        Assert.True(_site.OutputExists("es/search-index/manifest.json"));
        Assert.Contains("\"language\":\"es\"", _site.ReadOutput("es/search-index/manifest.json"));
        Assert.Contains("\"language\":\"en\"", _site.ReadOutput("search-index/manifest.json"));
        var form = _site.Html("es/search/index.html").QuerySelector("form.search-page-form")!;
        Assert.Equal("/help/es/search-index/", form.GetAttribute("data-search-index"));
        Assert.Equal("Buscar", _site.Html("es/search/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_spanish_body_faq_is_recognised_and_listed_on_the_spanish_faq_page()
    {
        using var site = MultilingualSite.Create(("content/es/articles/limites.md",
            "---\ntitle: Poner límites\ndate: 2026-04-01\ntopics: [trust]\n---\n\nUn límite protege.\n\n## Preguntas frecuentes\n\n### ¿Es egoísta poner límites?\n\nNo. Un límite cuida la relación.\n"));
        site.BuildOk();
        var faq = site.Html("es/faq/index.html");
        Assert.Equal("es", faq.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Preguntas frecuentes", faq.QuerySelector("h1")!.TextContent);
        Assert.Contains(faq.QuerySelectorAll("summary"), s => s.TextContent == "¿Es egoísta poner límites?");
        Assert.False(site.OutputExists("faq/index.html"));
    }

    private static string? Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    private static Dictionary<string, string> Alternates(IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
}
