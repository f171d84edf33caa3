using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Articles dated later than the build: held back until their date, shown with a mark when asked for.</summary>
public sealed class ScheduledArticleTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static SiteFixture Site(string trustBody = "Some words.") => SiteFixture.Create(
        ("content/site.yml", "title: T\nbase_url: https://example.org/\nhelpline: { label: Call us, phone: \"1-800-662-4357\" }\n"),
        SiteFixture.Article("trust", trustBody, date: "2026-03-01"),
        SiteFixture.Article("amends", date: "2026-04-02"));

    [Fact]
    public void An_article_dated_later_is_held_back_and_said_so()
    {
        using var site = Site();
        var result = site.BuildOk(o => o with { Now = Today });

        Assert.False(File.Exists(Path.Combine(site.Output, "articles/amends/index.html")));
        Assert.DoesNotContain("/articles/amends/", site.ReadOutput("index.html"));
        Assert.DoesNotContain("/articles/amends/", site.ReadOutput("feed.xml"));
        Assert.Equal("sitegen: warning: 1 article is scheduled for later and not published yet (the next on 2026-04-02); build with --future to include them",
            Assert.Single(result.BesideChecks()).ToString());
    }

    [Fact]
    public void On_its_date_it_is_published_without_a_mark()
    {
        using var site = Site();
        var result = site.BuildOk(o => o with { Now = new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero) });

        Assert.Empty(result.BesideChecks());
        Assert.Null(site.Html("articles/amends/index.html").QuerySelector(".scheduled-mark"));
    }

    [Fact]
    public void With_future_it_is_published_ahead_with_a_visible_mark()
    {
        using var site = Site();
        site.BuildOk(o => o with { Now = Today, IncludeFuture = true });

        var mark = site.Html("articles/amends/index.html").QuerySelector("article .scheduled-mark")!;
        Assert.Equal("note", mark.GetAttribute("role"));
        Assert.Contains("2 April 2026", mark.TextContent);
        Assert.Null(site.Html("articles/trust/index.html").QuerySelector(".scheduled-mark"));
    }

    [Fact]
    public void A_link_to_it_is_an_error_until_its_date_saying_when()
    {
        using var site = Site("Read [making amends](amends.md).");
        Assert.False(site.Build(o => o with { Now = Today }).Succeeded);

        var error = Assert.Single(site.ErrorsIn("content/articles/trust.md"));
        Assert.EndsWith("amends.md is scheduled for 2026-04-02 and not published yet", error.Message);
        Assert.True(site.Build(o => o with { Now = Today, IncludeFuture = true }).Succeeded);
    }
}
