using SiteGen.Render.Faq;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.Faq;

public class FaqPagesTests
{
    [Fact]
    public void The_hub_shows_each_question_once_under_its_articles_first_topic_in_topic_order()
    {
        var site = Site(Config(),
            Article("a", "2025-03-01", topics: ["relapse", "family"], faq: [Question("Q1?", "A1", "q1"), Question("Q2?", "A2", "q2")]),
            Article("b", "2025-02-01", topics: ["family"], faq: [Question("Q3?", "A3", "q3")]),
            Article("c", "2025-01-01", faq: [Question("Q4?", "A4", "q4")]),
            Article("d", "2024-01-01", topics: ["family"]));

        var hub = FaqPages.Hub(site)!;

        Assert.Equal(["family", "relapse", null], hub.Groups.Select(g => g.Topic?.Slug));
        Assert.Equal(["Q3?"], hub.Groups[0].Items.Select(i => i.Question));
        Assert.Equal(["Q1?", "Q2?"], hub.Groups[1].Items.Select(i => i.Question));
        Assert.Equal(["Q4?"], hub.Groups[2].Items.Select(i => i.Question));
        Assert.Equal(["faq/family/", "faq/relapse/", null], hub.Groups.Select(g => g.Path));
        Assert.Equal("faq/", hub.Path);
    }

    [Fact]
    public void Topic_pages_show_the_questions_of_every_article_filed_under_the_topic()
    {
        var site = Site(Config(),
            Article("a", "2025-03-01", topics: ["relapse", "family"], faq: [Question("Q1?", "A1", "q1")]),
            Article("b", "2025-02-01", topics: ["family"], faq: [Question("Q2?", "A2", "q2")]),
            Article("c", "2025-01-01", topics: ["hope"]));

        var pages = FaqPages.Topics(site);

        Assert.Equal(["faq/family/", "faq/relapse/"], pages.Select(p => p.Path));
        Assert.Equal(["Q1?", "Q2?"], pages[0].Items.Select(i => i.Question));
        Assert.Equal(["Q1?"], pages[1].Items.Select(i => i.Question));
        Assert.Contains("Family", pages[0].Title);
    }

    [Fact]
    public void Each_item_links_to_the_questions_anchor_on_its_article()
    {
        var site = Site(Config(), Article("trust", "2025-03-01", faq: [Question("Why?", "Because.", "why")]));

        var item = FaqPages.Hub(site)!.Items.Single();

        Assert.Equal("articles/trust/#why", item.Path);
        Assert.Equal("<p>Because.</p>", item.AnswerHtml);
    }

    [Fact]
    public void A_site_without_questions_has_no_faq_pages()
    {
        var site = Site(Config(), Article("a", "2025-03-01", topics: ["family"]));

        Assert.Null(FaqPages.Hub(site));
        Assert.Empty(FaqPages.Topics(site));
    }
}
