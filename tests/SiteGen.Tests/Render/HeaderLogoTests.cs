using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>The organization's logo in the default theme's header, and the errors a logo that cannot be shown gets.</summary>
public sealed class HeaderLogoTests
{
    private static SiteFixture Site(string logo, bool withFile = true)
    {
        var site = SiteFixture.Create(
            ("content/site.yml", $"title: Open Door\nbase_url: https://example.org/help/\norganization:\n  name: Open Door Recovery\n  logo: {logo}\n"),
            SiteFixture.Article("trust"));
        if (withFile) site.Write("content/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        return site;
    }

    [Fact]
    public void The_header_shows_the_logo_with_the_site_title_as_its_text()
    {
        using var site = Site("images/logo.svg");
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Result!.Errors));

        foreach (string page in new[] { "index.html", "articles/trust/index.html" })
        {
            var title = site.Html(page).QuerySelector("header.site-header a.site-title")!;
            var img = title.QuerySelector("img")!;
            Assert.Equal("/help/images/logo.svg", img.GetAttribute("src"));
            Assert.Equal("Open Door", img.GetAttribute("alt"));
            Assert.NotNull(img.GetAttribute("width"));
            Assert.NotNull(img.GetAttribute("height"));
            // Read once by a screen reader: the image's text, not the visible title beside it too.
            Assert.Equal("true", title.QuerySelector("span")!.GetAttribute("aria-hidden"));
            Assert.Equal("Open Door", title.TextContent.Trim());
        }
    }

    [Fact]
    public void Without_a_logo_the_header_shows_the_title_alone()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("trust"));
        Assert.True(site.Build().Succeeded);

        var title = site.Html("index.html").QuerySelector("header.site-header a.site-title")!;
        Assert.Null(title.QuerySelector("img"));
        Assert.Equal("Test Site", title.TextContent.Trim());
    }

    [Fact]
    public void A_logo_that_is_not_there_is_reported_at_its_line_in_site_yml()
    {
        using var site = Site("images/logo.svg", withFile: false);
        Assert.False(site.Build().Succeeded);

        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal(5, error.Line);
        Assert.Contains("/help/images/logo.svg", error.Message);
    }

    [Fact]
    public void A_logo_on_another_site_is_refused()
    {
        using var site = Site("https://cdn.example.net/logo.png");
        Assert.False(site.Build().Succeeded);

        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal(5, error.Line);
        Assert.Contains("another site", error.Message);
    }
}
