using SiteGen.Render.Pages;
using SiteGen.Render.Faq;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.Faq;

public class FaqPageJobsTests
{
    private static readonly SiteGen.Model.Site TwoTopics = Site(Config(),
        Article("trust", "2025-03-01", topics: ["family", "relapse"], faq: [Question("Why?", "Because.", "why")], title: "Rebuilding trust"),
        Article("calls", "2025-02-01", topics: ["family"], faq: [Question("Why?", "Other reasons.", "why")]));

    [Fact]
    public void The_hub_and_each_topic_page_are_written_with_their_layouts()
    {
        var jobs = FaqPageJobs.For(TwoTopics);

        Assert.Equal(["faq/index.html", "faq/family/index.html", "faq/relapse/index.html"], jobs.Select(j => j.OutputPath));
        Assert.Equal(["faq"], jobs[0].Layouts);
        Assert.Equal(["faq-topic", "faq"], jobs[1].Layouts);
        Assert.Equal("/blog/faq/family/", jobs[1].Info.Url);
        Assert.Equal("https://example.org/blog/faq/family/", jobs[1].Info.CanonicalUrl);
        Assert.All(jobs, j => Assert.Contains("\"FAQPage\"", j.Info.JsonLd));
    }

    [Fact]
    public void Items_link_to_their_article_under_the_base_path_with_ids_unique_on_the_page()
    {
        var view = ((FaqVariables)FaqPageJobs.For(TwoTopics)[1].Variables).Faq;

        var items = Assert.Single(view.Groups).Items;
        Assert.Equal(["/blog/articles/trust/#why", "/blog/articles/calls/#why"], items.Select(i => i.Url));
        Assert.Equal(2, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal("Rebuilding trust", items[0].ArticleTitle);
        Assert.False(view.IsHub);
        Assert.Equal("/blog/topics/family/", view.TopicUrl);
        Assert.Equal("/blog/faq/", view.HubUrl);
    }

    [Fact]
    public void Hub_groups_link_to_the_topic_faq_pages()
    {
        var view = ((FaqVariables)FaqPageJobs.For(TwoTopics)[0].Variables).Faq;

        Assert.True(view.IsHub);
        Assert.Equal(["Family"], view.Groups.Select(g => g.Name));
        Assert.Equal(["/blog/faq/family/"], view.Groups.Select(g => g.Url));
    }

    [Fact]
    public void In_page_links_of_an_answer_point_back_to_its_article()
    {
        var answer = new SiteGen.Model.FaqEntry("Why?", "<p>See <a href=\"#fn-1\">1</a> and <a href=\"/blog/about/\">us</a>.</p>", "See 1 and us.", "why");
        var site = Site(Config(), Article("trust", "2025-03-01", faq: [answer]));

        var view = ((FaqVariables)FaqPageJobs.For(site)[0].Variables).Faq;

        Assert.Equal("<p>See <a href=\"/blog/articles/trust/#fn-1\">1</a> and <a href=\"/blog/about/\">us</a>.</p>",
            view.Groups.Single().Items.Single().AnswerHtml);
    }
}
