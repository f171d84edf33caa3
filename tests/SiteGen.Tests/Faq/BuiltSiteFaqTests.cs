using SiteGen.Tests.Support;

namespace SiteGen.Tests.Faq;

public class BuiltSiteFaqTests : IDisposable
{
    private readonly SiteFixture _site = BuiltSites.Create();

    public BuiltSiteFaqTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_hub_shows_each_question_with_its_answer_and_a_link_to_its_anchor()
    {
        var hub = _site.Html("faq/index.html");
        var items = hub.QuerySelectorAll("details.faq-item").ToList();

        Assert.Equal(
            ["Is it normal to lose people after a relapse?", "What should I say when I reach out?"],
            items.Select(i => i.QuerySelector("summary")!.TextContent.Trim()));
        Assert.Contains("Many come back.", items[0].QuerySelector(".faq-answer")!.TextContent);
        Assert.DoesNotContain("Our line is open", hub.Body!.TextContent);

        var article = _site.Html("articles/after-a-relapse/index.html");
        foreach (var link in items.Select(i => i.QuerySelector(".faq-source a")!.GetAttribute("href")!))
        {
            Assert.StartsWith("/blog/articles/after-a-relapse/#", link);
            Assert.NotNull(article.GetElementById(link.Split('#')[1]));
        }
    }

    [Fact]
    public void A_hub_group_with_more_questions_than_it_shows_links_to_all_of_them()
    {
        using var site = BuiltSites.Create([.. Enumerable.Range(1, 7).Select(i => SiteFixture.Article($"q{i}", date: $"2026-01-0{i}",
            frontMatter: $"topics: [trust]\nfaq:\n  - q: Question {i}?\n    a: Answer {i}.\n"))]);
        site.BuildOk();
        var hub = site.Html("faq/index.html");

        var trust = hub.QuerySelectorAll("section.faq").Single(s => s.QuerySelector("h2")!.TextContent == "Trust");
        Assert.Equal(["Question 7?", "Question 6?", "Question 5?", "Question 4?", "Question 3?"],
            trust.QuerySelectorAll("summary").Select(s => s.TextContent.Trim()));
        var more = trust.QuerySelector("p.faq-more a")!;
        Assert.Equal(("/blog/faq/trust/", "All 7 questions about Trust"), (more.GetAttribute("href"), more.TextContent));
        Assert.Equal(7, site.Html("faq/trust/index.html").QuerySelectorAll("details.faq-item").Length);
        // A group that shows all its questions has no such link; the FAQPage data lists what the page shows.
        Assert.Null(hub.QuerySelectorAll("section.faq").Single(s => s.QuerySelector("h2")!.TextContent != "Trust").QuerySelector("p.faq-more"));
        string data = hub.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("Question 3?", data);
        Assert.DoesNotContain("Question 2?", data);
    }

    [Fact]
    public void Each_topic_with_questions_has_its_faq_page()
    {
        Assert.Equal(2, _site.Html("faq/family/index.html").QuerySelectorAll("details.faq-item").Length);
        Assert.Equal(2, _site.Html("faq/relapse/index.html").QuerySelectorAll("details.faq-item").Length);
        Assert.Contains(_site.Html("faq/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/blog/faq/relapse/");
    }

    [Fact]
    public void A_topic_with_more_questions_than_the_template_loop_limit_still_gets_every_question()
    {
        // Template engines stop loops after 1,000 turns by default; a large site's FAQ is longer than that.
        // Seven articles of 143 questions: each within the limit of questions per article, together past the loop's.
        var articles = Enumerable.Range(0, 7).Select(a => SiteFixture.Article($"many-{a}", frontMatter: "topics: [many]\nfaq:\n"
            + string.Concat(Enumerable.Range(a * 143 + 1, 143).Select(i => $"  - q: Question number {i}?\n    a: Answer {i}.\n")))).ToArray();
        using var site = BuiltSites.Create(articles);
        site.Write("content/site.yml", BuiltSites.SiteYml + "\nfaq_per_page: 2000\n");

        site.BuildOk();

        Assert.Equal(1001, site.Html("faq/many/index.html").QuerySelectorAll("details.faq-item").Length);
    }

    [Fact]
    public void A_topic_with_more_questions_than_a_page_holds_gets_pages_linked_in_order()
    {
        using var site = BuiltSites.Create([.. Enumerable.Range(1, 7).Select(i => SiteFixture.Article($"q{i}", date: $"2026-01-0{i}",
            frontMatter: $"topics: [trust]\nfaq:\n  - q: Question {i}?\n    a: Answer {i}.\n"))]);
        site.Write("content/site.yml", BuiltSites.SiteYml + "\nfaq_per_page: 3\n");
        site.BuildOk();

        var pages = new[] { "faq/trust/index.html", "faq/trust/page/2/index.html", "faq/trust/page/3/index.html" }.Select(site.Html).ToList();
        Assert.Equal([["Question 7?", "Question 6?", "Question 5?"], ["Question 4?", "Question 3?", "Question 2?"], ["Question 1?"]],
            pages.Select(p => p.QuerySelectorAll("details.faq-item summary").Select(s => s.TextContent.Trim()).ToList()));
        Assert.False(site.OutputExists("faq/trust/page/4/index.html"));

        var middle = pages[1];
        Assert.Equal(("/blog/faq/trust/", "Earlier questions"), (middle.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"), middle.QuerySelector("nav.pagination a[rel=prev]")!.TextContent));
        Assert.Equal(("/blog/faq/trust/page/3/", "More questions"), (middle.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"), middle.QuerySelector("nav.pagination a[rel=next]")!.TextContent));
        Assert.Contains("page 2 of 3", middle.QuerySelector("header.list-header p")!.TextContent);
        Assert.Contains("(page 2 of 3)", middle.Title);
        Assert.Null(pages[0].QuerySelector("nav.pagination a[rel=prev]"));
        Assert.Null(pages[2].QuerySelector("nav.pagination a[rel=next]"));
        // Each page's FAQPage data holds the questions it shows, and the hub counts the topic's questions on every page.
        string data = middle.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("Question 3?", data);
        Assert.DoesNotContain("Question 6?", data);
        Assert.Equal("All 7 questions about Trust", site.Html("faq/index.html").QuerySelector("p.faq-more a")!.TextContent);
        // Like the other paginated lists, only the first page is in the sitemap.
        string sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("https://example.org/blog/faq/trust/</loc>", sitemap);
        Assert.DoesNotContain("faq/trust/page/2/", sitemap);
    }
}
