using SiteGen.Render.Faq;
using SiteGen.Render.StructuredData;
using static SiteGen.Tests.SampleSites;
using static SiteGen.Tests.StructuredData.JsonLdGraph;

namespace SiteGen.Tests.StructuredData;

public class SchemaOrgTests
{
    private static readonly SiteGen.Model.FaqEntry[] TwoQuestions =
    [
        Question("Is it normal to lose people after a relapse?", "Often, for a while.", "lose-people"),
        Question("What should I say when I reach out?", "Keep it short and honest.", "reach-out"),
    ];

    [Fact]
    public void An_article_is_a_blog_posting_with_the_properties_search_engines_require()
    {
        var article = Article("trust", "2025-03-01", updated: "2025-04-02", author: "Dana Lee", image: "articles/trust/cover.jpg", title: "Rebuilding trust");
        var site = Site(Config(), article);

        var post = new JsonLdGraph(SchemaOrg.ForArticle(site, article)).Single("BlogPosting");

        Assert.Equal("Rebuilding trust", Text(post, "headline"));
        Assert.Equal("About trust.", Text(post, "description"));
        Assert.Equal("2025-03-01T00:00:00+00:00", Text(post, "datePublished"));
        Assert.Equal("2025-04-02T00:00:00+00:00", Text(post, "dateModified"));
        Assert.Equal("Person", Text(post, "author", "@type"));
        Assert.Equal("Dana Lee", Text(post, "author", "name"));
        Assert.Equal("https://example.org/blog/articles/trust/cover.jpg", Text(post, "image"));
        Assert.Equal("https://example.org/blog/articles/trust/", Text(post, "mainEntityOfPage", "@id"));
        Assert.Equal("Organization", Text(post, "publisher", "@type"));
        Assert.Equal("Harbor Recovery Center", Text(post, "publisher", "name"));
        Assert.Equal("https://example.org/", Text(post, "publisher", "url"));
        Assert.Equal("https://example.org/blog/images/logo.png", Text(post, "publisher", "logo", "url"));
        Assert.Equal("+1 555 0100", Text(post, "publisher", "telephone"));
    }

    [Fact]
    public void Without_an_author_the_organization_is_the_author()
    {
        var article = Article("trust", "2025-03-01");

        var post = new JsonLdGraph(SchemaOrg.ForArticle(Site(Config(), article), article)).Single("BlogPosting");

        Assert.Equal("Organization", Text(post, "author", "@type"));
        Assert.Null(Text(post, "image"));
    }

    [Fact]
    public void A_reviewed_article_is_a_medical_web_page_with_its_reviewer_and_date()
    {
        var article = Article("detox", "2025-03-01", reviewedBy: "Dr. Ana Ruiz, MD", reviewedOn: "2025-03-15");

        var graph = new JsonLdGraph(SchemaOrg.ForArticle(Site(Config(), article), article));

        var page = graph.Single("MedicalWebPage");
        Assert.Equal("Dr. Ana Ruiz, MD", Text(page, "reviewedBy", "name"));
        Assert.Equal("2025-03-15", Text(page, "lastReviewed"));
        Assert.Equal(Text(graph.Single("BlogPosting"), "mainEntityOfPage", "@id"), Text(page, "@id"));
        Assert.False(graph.Has("WebPage"));
    }

    [Fact]
    public void An_unreviewed_article_is_a_plain_web_page()
    {
        var article = Article("detox", "2025-03-01");

        var graph = new JsonLdGraph(SchemaOrg.ForArticle(Site(Config(), article), article));

        Assert.False(graph.Has("MedicalWebPage"));
        Assert.Null(Text(graph.Single("WebPage"), "reviewedBy"));
    }

    [Fact]
    public void An_articles_faq_page_lists_its_questions_in_order_and_none_when_it_has_none()
    {
        var withFaq = Article("relapse", "2025-03-01", faq: TwoQuestions);
        var without = Article("other", "2025-02-01");
        var site = Site(Config(), withFaq, without);

        var faq = new JsonLdGraph(SchemaOrg.ForArticle(site, withFaq)).Single("FAQPage");

        Assert.Equal(TwoQuestions.Select(q => (q.Question, q.AnswerText)), Questions(faq));
        Assert.False(new JsonLdGraph(SchemaOrg.ForArticle(site, without)).Has("FAQPage"));
    }

    [Fact]
    public void Article_breadcrumbs_go_home_then_first_topic_then_article_under_the_base_path()
    {
        var article = Article("trust", "2025-03-01", topics: ["family", "relapse"], title: "Rebuilding trust");

        var crumbs = Crumbs(new JsonLdGraph(SchemaOrg.ForArticle(Site(Config(), article), article)).Single("BreadcrumbList"));

        Assert.Equal(
            [
                (1, "Harbor Recovery", "https://example.org/blog/"),
                (2, "Family", "https://example.org/blog/topics/family/"),
                (3, "Rebuilding trust", "https://example.org/blog/articles/trust/"),
            ],
            crumbs);
    }

    [Fact]
    public void A_title_cannot_close_the_script_element()
    {
        const string title = "Recovery </script><script>alert(1)</script> <!-- and more";
        var article = Article("x", "2025-03-01", title: title);

        var json = SchemaOrg.ForArticle(Site(Config(), article), article);

        Assert.DoesNotContain("</", json);
        Assert.DoesNotContain("<!--", json);
        Assert.Equal(title, Text(new JsonLdGraph(json).Single("BlogPosting"), "headline"));
    }

    [Fact]
    public void Accents_and_quotes_stay_readable()
    {
        var article = Article("x", "2025-03-01", title: "Café \"Hope\"");

        Assert.Contains("Café \\\"Hope\\\"", SchemaOrg.ForArticle(Site(Config(), article), article));
    }

    [Fact]
    public void The_home_page_describes_the_organization()
    {
        var graph = new JsonLdGraph(SchemaOrg.ForHome(Site(Config(), Article("a", "2025-01-01"))));

        var organization = graph.Single("Organization");
        Assert.Equal("Harbor Recovery Center", Text(organization, "name"));
        Assert.Equal("https://example.org/", Text(organization, "url"));
        Assert.Equal("+1 555 0100", Text(organization, "telephone"));
        Assert.Equal("https://example.org/blog/", Text(graph.Single("WebSite"), "url"));
    }

    [Fact]
    public void Without_an_organization_in_site_yml_the_site_stands_for_it()
    {
        var config = Config() with { Organization = null };

        var organization = new JsonLdGraph(SchemaOrg.ForHome(Site(config))).Single("Organization");

        Assert.Equal("Harbor Recovery", Text(organization, "name"));
        Assert.Equal("https://example.org/blog/", Text(organization, "url"));
        Assert.Null(Text(organization, "logo"));
    }

    [Fact]
    public void Topic_pages_have_breadcrumbs()
    {
        var site = Site(Config(), Article("a", "2025-01-01", topics: ["self-care"]));

        var crumbs = Crumbs(new JsonLdGraph(SchemaOrg.ForTopic(site, site.Topics[0])).Single("BreadcrumbList"));

        Assert.Equal([(1, "Harbor Recovery", "https://example.org/blog/"), (2, "Self Care", "https://example.org/blog/topics/self-care/")], crumbs);
    }

    [Fact]
    public void Faq_pages_mark_up_exactly_the_questions_they_show()
    {
        var site = Site(Config(),
            Article("a", "2025-02-01", topics: ["family"], faq: [TwoQuestions[0]]),
            Article("b", "2025-01-01", topics: ["relapse", "family"], faq: [TwoQuestions[1]]));
        var hub = FaqPages.Hub(site)!;
        var familyPage = FaqPages.Topics(site).Single(p => p.Topic.Slug == "family");

        var hubGraph = new JsonLdGraph(SchemaOrg.ForFaqHub(site, hub));
        var topicGraph = new JsonLdGraph(SchemaOrg.ForFaqTopic(site, familyPage));

        Assert.Equal(hub.Items.Select(i => (i.Question, i.AnswerText)), Questions(hubGraph.Single("FAQPage")));
        Assert.Equal(familyPage.Items.Select(i => (i.Question, i.AnswerText)), Questions(topicGraph.Single("FAQPage")));
        Assert.Equal(2, Questions(topicGraph.Single("FAQPage")).Count);
        Assert.Equal(
            ["https://example.org/blog/", "https://example.org/blog/faq/", "https://example.org/blog/faq/family/"],
            Crumbs(topicGraph.Single("BreadcrumbList")).Select(c => c.Item));
    }
}
