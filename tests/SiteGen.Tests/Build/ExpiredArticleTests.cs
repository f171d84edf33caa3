using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Articles whose <c>expires</c> has passed: taken down, their address redirected where the editor asks, else left to the 404 page.</summary>
public sealed class ExpiredArticleTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static SiteFixture Site(string expiring, string otherBody = "Some words.") => SiteFixture.Create(
        ("content/site.yml", "title: T\nbase_url: https://example.org/help/\nhelpline: { label: Call us, phone: \"1-800-662-4357\" }\n"),
        SiteFixture.Article("spring-group", frontMatter: expiring, date: "2026-01-05"),
        SiteFixture.Article("groups", otherBody, date: "2026-01-01"));

    [Fact]
    public void Before_its_date_it_is_published()
    {
        using var site = Site("expires: 2026-03-31\n");
        site.BuildOk(o => o with { Now = Today });

        Assert.True(File.Exists(Path.Combine(site.Output, "articles/spring-group/index.html")));
    }

    [Fact]
    public void After_its_date_it_is_taken_down_and_its_address_left_to_the_404_page()
    {
        using var site = Site("expires: 2026-03-01\n");
        site.BuildOk(o => o with { Now = Today });

        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles/spring-group")));
        Assert.DoesNotContain("spring-group", site.ReadOutput("index.html"));
        Assert.DoesNotContain("spring-group", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void After_its_date_its_address_leads_to_the_page_the_editor_names()
    {
        using var site = Site("expires: 2026-03-01\nexpired_redirect: groups.md\n");
        site.BuildOk(o => o with { Now = Today });

        var page = site.Html("articles/spring-group/index.html");
        Assert.Equal("0; url=/help/articles/groups/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("Article groups", page.QuerySelector("body a")!.TextContent);
        Assert.Contains("/help/articles/spring-group/ /help/articles/groups/ 301", site.ReadOutput("_redirects"));
    }

    [Fact]
    public void A_redirect_to_a_page_that_does_not_exist_is_an_error_at_its_line()
    {
        using var site = Site("expires: 2026-03-01\nexpired_redirect: nowhere.md\n");
        Assert.False(site.Build(o => o with { Now = Today }).Succeeded);

        var error = Assert.Single(site.ErrorsIn("content/articles/spring-group.md"));
        Assert.Equal(5, error.Line);
        Assert.Contains("nowhere.md", error.Message);
    }

    [Fact]
    public void A_link_to_an_expired_article_is_an_error_saying_since_when()
    {
        using var site = Site("expires: 2026-03-01\n", "See [the spring group](spring-group.md).");
        Assert.False(site.Build(o => o with { Now = Today }).Succeeded);

        Assert.EndsWith("spring-group.md expired on 2026-03-01 and is taken down; link to what replaces it",
            Assert.Single(site.ErrorsIn("content/articles/groups.md")).Message);
    }
}
