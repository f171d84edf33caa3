using SiteGen.Model;

namespace SiteGen.Tests.Render;

/// <summary>Whole sites rendered with the default theme, checked as a browser would read them.</summary>
public sealed class SiteRendererTests
{
    private static readonly Article Trust = RenderSamples.Article("trust", 10, topics: ["family", "relapse"], reviewedBy: "Dr. Ana Ruiz",
        faq: [new FaqEntry("Can I call for someone else?", "<p>Yes, <em>anyone</em> can.</p>", "Yes, anyone can.", "call-for-someone")],
        toc: [new TocEntry(2, "Start", "start"), new TocEntry(3, "First steps", "first-steps")]);
    private static readonly Article Older = RenderSamples.Article("older", 5, topics: ["family"]);
    private static readonly Article Newer = RenderSamples.Article("newer", 20, topics: ["grief"]);

    private static readonly Lazy<RenderedSite> Sample = new(() =>
        RenderedSite.Of(RenderSamples.Site(RenderSamples.Config(), [Trust, Older, Newer])));

    [Fact]
    public void The_sample_site_renders_without_errors()
    {
        Assert.Empty(Sample.Value.Errors);
    }

    [Fact]
    public void An_article_page_shows_every_part_readers_need()
    {
        var page = Sample.Value.Html("articles/trust/index.html");
        var article = page.QuerySelector("main#main article.article")!;

        Assert.Equal("On trust", article.QuerySelector("header.article-header h1")!.TextContent);
        Assert.Equal("2025-03-10", article.QuerySelector("p.article-meta time")!.GetAttribute("datetime"));
        Assert.Contains("2025-04-10", article.QuerySelector("p.article-meta .updated time")!.GetAttribute("datetime"));
        Assert.Contains("Dana Whitfield", article.QuerySelector("span.author")!.TextContent);
        Assert.Contains("Dr. Ana Ruiz", article.QuerySelector("span.reviewed")!.TextContent);
        Assert.Contains("4 min", article.QuerySelector("span.reading-time")!.TextContent);
        Assert.Equal(["/help/topics/family/", "/help/topics/relapse/"], article.QuerySelectorAll("ul.topic-list a.topic-tag").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#start", "#first-steps"], article.QuerySelectorAll("nav.toc[aria-label=Contents] a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(article.QuerySelector("div.article-body h2#start"));
        var question = article.QuerySelector("section.faq details.faq-item#call-for-someone")!;
        Assert.Equal("Can I call for someone else?", question.QuerySelector("summary")!.TextContent);
        Assert.NotNull(question.QuerySelector("div.faq-answer em"));
        Assert.NotNull(article.QuerySelector("div.disclaimer strong"));
        Assert.Equal(["/help/articles/older/"], page.QuerySelectorAll("aside.related li.article-card h3 a").Select(a => a.GetAttribute("href")).Distinct());
        Assert.Equal("/help/articles/newer/", page.QuerySelector("nav.pager a.pager-prev[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/help/articles/older/", page.QuerySelector("nav.pager a.pager-next[rel=next]")!.GetAttribute("href"));
        Assert.Equal("tel:+15550100199", article.QuerySelector("div.helpline a.helpline-call")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_has_the_accessible_skeleton_and_the_helpline_in_its_header()
    {
        foreach (string path in Sample.Value.Paths.Where(p => p.EndsWith(".html")))
        {
            var page = Sample.Value.Html(path);
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.Single(page.QuerySelectorAll("main#main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal("tel:+15550100199", page.QuerySelector("header.site-header a.helpline-call")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
            Assert.Equal("light dark", page.QuerySelector("meta[name=color-scheme]")!.GetAttribute("content"));
            Assert.Equal("no-referrer", page.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));
            Assert.StartsWith("https://example.org/help/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("meta[name=description]"));
            Assert.All(page.QuerySelectorAll("nav"), nav => Assert.False(string.IsNullOrEmpty(nav.GetAttribute("aria-label")), path));
        }
    }

    [Fact]
    public void Every_internal_url_has_the_base_path_and_nothing_is_loaded_from_elsewhere()
    {
        foreach (string path in Sample.Value.Paths.Where(p => p.EndsWith(".html")))
        {
            var page = Sample.Value.Html(path);
            var urls = page.QuerySelectorAll("[href],[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
            Assert.All(urls.Where(u => u.StartsWith('/')), u => Assert.StartsWith("/help/", u));
            // Only plain links may leave the site: no stylesheet, script, image or font from another host.
            Assert.All(page.QuerySelectorAll("link[href]:not([rel=canonical]),script[src],img[src],iframe,source[src]"),
                e => Assert.DoesNotContain("//", e.GetAttribute("href") ?? e.GetAttribute("src") ?? "//"));
        }
    }

    [Fact]
    public void The_aria_current_mark_is_on_the_menu_item_of_the_page()
    {
        var about = Sample.Value.Html("about/index.html");

        Assert.Equal(["/help/about/"], about.QuerySelectorAll("nav.site-nav a[aria-current=page]").Select(a => a.GetAttribute("href")));
        Assert.Empty(Sample.Value.Html("articles/trust/index.html").QuerySelectorAll("nav.site-nav a[aria-current]"));
    }

    [Fact]
    public void A_hostile_title_is_shown_as_text_everywhere()
    {
        const string hostile = "<script>alert(1)</script> & \"quotes\"";
        var article = RenderSamples.Article("hostile", 3, title: hostile);
        var site = RenderedSite.Of(RenderSamples.Site(RenderSamples.Config(), [article, Older]));

        Assert.Empty(site.Errors);
        foreach (string path in new[] { "articles/hostile/index.html", "index.html", "topics/family/index.html", "articles/older/index.html" })
        {
            var page = site.Html(path);
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.Contains(hostile, page.Body!.TextContent);
            // Structured data stays one intact script whose JSON still holds the title as text.
            foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']"))
                System.Text.Json.JsonDocument.Parse(data.TextContent).Dispose();
        }
        using var json = System.Text.Json.JsonDocument.Parse(site.Html("articles/hostile/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Contains(json.RootElement.GetProperty("@graph").EnumerateArray(),
            node => node.TryGetProperty("headline", out var headline) && headline.GetString() == hostile);
        Assert.Equal(hostile, site.Html("articles/hostile/index.html").QuerySelector("h1")!.TextContent);
        Assert.StartsWith(hostile, site.Html("articles/hostile/index.html").Title);
    }

    [Fact]
    public void Pages_link_to_the_fingerprinted_stylesheet_that_is_written()
    {
        var css = Sample.Value.Paths.Single(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^css/site\.[0-9a-f]{8}\.css$"));

        Assert.Equal("/help/" + css, Sample.Value.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.DoesNotContain("css/site.css", Sample.Value.Paths);
    }

    [Fact]
    public void The_home_page_paginates_and_links_its_pages()
    {
        var articles = Enumerable.Range(1, 12).Select(i => RenderSamples.Article($"a{i:00}", i)).ToList();
        var site = RenderedSite.Of(RenderSamples.Site(RenderSamples.Config(perPage: 5), articles));

        Assert.Empty(site.Errors);
        var second = site.Html("page/2/index.html");
        Assert.Equal(["/help/articles/a07/", "/help/articles/a06/", "/help/articles/a05/", "/help/articles/a04/", "/help/articles/a03/"],
            second.QuerySelectorAll("ul.article-list li.article-card h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/help/", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/help/page/3/", second.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("2 of 3", second.QuerySelector("nav.pagination span.page-current")!.TextContent);
        Assert.Null(site.Html("index.html").QuerySelector("nav.pagination a[rel=prev]"));
        Assert.False(site.Has("page/4/index.html"));
    }

    [Fact]
    public void Topic_pages_list_exactly_their_articles_and_the_topic_index_counts_them()
    {
        var family = Sample.Value.Html("topics/family/index.html");

        Assert.Equal(["/help/articles/trust/", "/help/articles/older/"], family.QuerySelectorAll("li.article-card h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Family", family.QuerySelector("h1")!.TextContent);
        var index = Sample.Value.Html("topics/index.html").QuerySelectorAll("ul.topic-index li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, index.Count);
        Assert.Contains(index, text => text.Contains("Family") && text.Contains("2 articles"));
    }

    [Fact]
    public void Content_pages_and_the_not_found_page_are_written()
    {
        Assert.Equal("The about page.", Sample.Value.Html("about/index.html").QuerySelector("div.page-body")!.TextContent.Trim());
        var notFound = Sample.Value.Html("404.html");
        Assert.NotNull(notFound.QuerySelector("section.not-found h1"));
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void A_menu_link_to_a_page_that_does_not_exist_is_one_error_at_site_yml()
    {
        var site = RenderedSite.Of(RenderSamples.Site(RenderSamples.Config(), [Older], pages: []));

        var error = Assert.Single(site.Errors);
        Assert.Equal("site.yml", error.File);
        Assert.Equal((12, 10), (error.Line, error.Column));
        Assert.Contains("'/help/about/'", error.Message);
    }
}
