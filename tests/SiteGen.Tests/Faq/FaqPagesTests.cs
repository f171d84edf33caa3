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
    public void The_hub_shows_the_first_questions_of_each_topic_and_counts_those_of_its_page()
    {
        var site = Site(Config(), [
            .. Enumerable.Range(1, 4).Select(i => Article($"f{i}", $"2025-0{i}-01", topics: ["family"], faq: [Question($"F{i}a?", "A", "a"), Question($"F{i}b?", "A", "b")])),
            Article("r", "2024-01-01", topics: ["relapse", "family"], faq: [Question("R?", "A", "r")]),
        ]);

        var hub = FaqPages.Hub(site)!;

        var family = hub.Groups.Single(g => g.Topic?.Slug == "family");
        Assert.Equal(FaqPages.HubQuestionsPerGroup, family.Items.Count);
        // Newest articles first; the topic's page has all eight of its articles' questions and the one filed under relapse first.
        Assert.Equal(["F4a?", "F4b?", "F3a?", "F3b?", "F2a?"], family.Items.Select(i => i.Question));
        Assert.Equal(9, family.Total);
        Assert.Equal(9, FaqPages.Topics(site).Single(p => p.Topic.Slug == "family").Items.Count);
        var relapse = hub.Groups.Single(g => g.Topic?.Slug == "relapse");
        Assert.Equal((1, 1), (relapse.Items.Count, relapse.Total));
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
