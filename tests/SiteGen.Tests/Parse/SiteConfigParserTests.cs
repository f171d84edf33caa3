using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Parse;
using SiteGen.Model;

namespace SiteGen.Tests.Parse;

public class SiteConfigParserTests
{
    private static (ParsedSiteConfig? Config, IReadOnlyList<ContentError> Errors) Parse(string yaml, string? baseUrl = null)
    {
        var errors = new ErrorList();
        var config = SiteConfigParser.Parse(new SourceFile("site.yml", "site.yml", yaml), errors, baseUrl);
        return (config, errors.Sorted());
    }

    [Fact]
    public void Reads_the_whole_configuration()
    {
        var (parsed, errors) = Parse("""
            title: Cedar Hollow
            description: Guidance
            base_url: https://example.org/blog
            language: en-GB
            theme: calm
            organization: { name: Cedar Hollow, phone: "(503) 555-0100" }
            helpline: { label: National Helpline, phone: "1-800-662-4357", hours: 24/7 }
            disclaimer: |
              Not **medical** advice.
            menu:
              - { title: About, url: /about/ }
            articles_per_page: 6
            markdown: { raw_html: false }
            topics: { trust: Rebuilding trust }
            analytics: none
            """);

        Assert.Empty(errors);
        var config = parsed!.Config;
        Assert.Equal("https://example.org/blog/", config.BaseUrl);
        Assert.Equal("/blog/", config.BasePath);
        Assert.Equal("/blog/articles/x/", config.RootUrl("articles/x/"));
        Assert.Equal("en-GB", config.Language);
        Assert.Equal("calm", config.Theme);
        Assert.Equal("tel:18006624357", config.Helpline!.TelUri);
        Assert.Equal("Cedar Hollow", config.Organization!.Name);
        Assert.Equal(new MenuItem("About", "/about/", 11, 26), Assert.Single(config.Menu));
        Assert.Equal(6, config.ArticlesPerPage);
        Assert.False(config.AllowRawHtml);
        Assert.Equal("Rebuilding trust", config.TopicNames["trust"]);
        Assert.Equal("none", config.Extra["analytics"]);
        Assert.Equal("Not **medical** advice.\n", parsed.DisclaimerMarkdown);
    }

    [Fact]
    public void Raw_html_is_allowed_unless_switched_off()
    {
        Assert.True(Parse("title: T\nbase_url: https://example.org/\n").Config!.Config.AllowRawHtml);
    }

    [Fact]
    public void Command_line_base_url_wins()
    {
        var (parsed, _) = Parse("title: T\nbase_url: https://example.org/\n", baseUrl: "https://preview.example.org/x");
        Assert.Equal("https://preview.example.org/x/", parsed!.Config.BaseUrl);
    }

    [Fact]
    public void Reports_every_problem_with_its_line()
    {
        var (parsed, errors) = Parse("""
            title: T
            base_url: example.org
            articles_per_page: zero
            helpline: { label: Help }
            markdown: { raw_html: maybe }
            """);

        Assert.Null(parsed);
        Assert.Equal([2, 3, 4, 5], errors.Select(e => e.Line));
        Assert.Contains("absolute http(s) URL", errors[0].Message);
        Assert.Contains("whole number", errors[1].Message);
        Assert.Equal("'phone' is missing", errors[2].Message);
        Assert.Contains("true or false", errors[3].Message);
    }
}
