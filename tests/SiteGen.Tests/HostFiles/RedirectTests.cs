using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parse;
using SiteGen.Render.HostFiles;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.HostFiles;

public class RedirectTests
{
    private static readonly HashSet<string> RealPages = ["index.html", "articles/trust/index.html", "about/index.html", "images/logo.png"];

    private static (IReadOnlyList<SiteGen.Write.OutputFile> Files, ErrorList Errors) Write(params Article[] articles) => Write([], articles);

    private static (IReadOnlyList<SiteGen.Write.OutputFile> Files, ErrorList Errors) Write(Page[] pages, params Article[] articles)
    {
        var errors = new ErrorList();
        var files = HostFileWriter.Write(Site(Config(), pages, articles), RealPages, d => "content/" + d.SourcePath, errors);
        return (files, errors);
    }

    private static string Text(IEnumerable<SiteGen.Write.OutputFile> files, string path) =>
        SampleSites.Text(files.Single(f => f.Path == path));

    [Fact]
    public void An_alias_becomes_a_page_that_redirects_people_browsers_and_search_engines()
    {
        var (files, errors) = Write(Article("trust", "2025-01-01", aliases: ["old/trust-after-relapse"], title: "Rebuilding trust"));

        Assert.False(errors.HasErrors);
        var page = new HtmlParser().ParseDocument(Text(files, "old/trust-after-relapse/index.html"));
        Assert.Equal("0; url=/blog/articles/trust/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://example.org/blog/articles/trust/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/blog/articles/trust/", page.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/blog/old/trust-after-relapse/ /blog/articles/trust/ 301\n", Text(files, "_redirects"));
    }

    [Fact]
    public void A_file_alias_keeps_its_name()
    {
        var (files, _) = Write(Article("trust", "2025-01-01", aliases: ["/2019/trust.html"]));

        Assert.Contains(files, f => f.Path == "2019/trust.html");
        Assert.Equal("/blog/2019/trust.html /blog/articles/trust/ 301\n", Text(files, "_redirects"));
    }

    [Fact]
    public void An_alias_that_collides_with_a_real_page_is_an_error_at_the_article()
    {
        var (files, errors) = Write(Article("trust", "2025-01-01", aliases: ["about"]));

        var error = Assert.Single(errors.Sorted());
        Assert.Equal("content/articles/trust.md", error.File);
        Assert.Contains("'about/'", error.Message);
        Assert.Contains("/blog/about/", error.Message);
        Assert.DoesNotContain(files, f => f.Path == "about/index.html" || f.Path == "_redirects");
    }

    [Fact]
    public void Collisions_ignore_case_as_many_hosts_file_systems_do()
    {
        var (_, errors) = Write(Article("trust", "2025-01-01", aliases: ["About/"]));

        Assert.Single(errors.Sorted());
    }

    [Fact]
    public void Two_articles_claiming_one_alias_is_an_error_naming_both()
    {
        var (files, errors) = Write(
            Article("first", "2024-01-01", aliases: ["old/"]),
            Article("second", "2025-01-01", aliases: ["/old"]));

        var error = Assert.Single(errors.Sorted());
        Assert.Equal("content/articles/second.md", error.File);
        Assert.Contains("content/articles/first.md", error.Message);
        Assert.Equal("/blog/old/ /blog/articles/first/ 301\n", Text(files, "_redirects"));
    }

    [Fact]
    public void No_aliases_means_no_redirects_file()
    {
        var (files, _) = Write(Article("trust", "2025-01-01"));

        Assert.Equal(["sitemap.xml", "robots.txt"], files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("old/page", "old/page/")]
    [InlineData("/old/page/", "old/page/")]
    [InlineData("2019/03/story.html", "2019/03/story.html")]
    [InlineData("v1.2/notes", "v1.2/notes/")]
    [InlineData("/?p=123", "?p=123")]
    [InlineData("/index.html?p=123", "?p=123")]
    [InlineData("/index.php?page_id=7", "index.php?page_id=7")]
    [InlineData("old/page?id=3", "old/page/?id=3")]
    [InlineData("/?s=family+recovery&cat=4", "?cat=4&s=family recovery")]
    [InlineData("/?name=caf%C3%A9", "?name=café")]
    public void Alias_paths_are_normalised_to_folder_or_file_urls(string alias, string expected)
    {
        Assert.Equal(expected, AliasPath.Normalize(alias, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("../outside/")]
    [InlineData("https://old.example.org/page/")]
    [InlineData("/?")]
    [InlineData("/?&")]
    [InlineData("/?p=1#top")]
    public void Alias_paths_that_are_not_paths_of_the_site_are_refused(string alias)
    {
        Assert.Null(AliasPath.Normalize(alias, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void A_page_alias_redirects_as_an_article_alias_does()
    {
        var (files, errors) = Write([Page("about", aliases: ["/about-us/"])], Article("trust", "2025-01-01"));

        Assert.False(errors.HasErrors);
        var page = new HtmlParser().ParseDocument(Text(files, "about-us/index.html"));
        Assert.Equal("0; url=/blog/about/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
    }

    [Fact]
    public void An_address_with_a_query_is_in_the_map_and_netlify_redirects_but_no_page_is_written_for_it()
    {
        var (files, errors) = Write([Page("about", aliases: ["/index.php?page_id=7"])],
            Article("trust", "2025-01-01", aliases: ["/?p=12", "/2023/trust/"]));

        Assert.False(errors.HasErrors);
        Assert.Equal("""{"?p=12":"/blog/articles/trust/","index.php?page_id=7":"/blog/about/"}""", Text(files, QueryRedirects.Path));
        // Query lines first, so that one never loses to a line for its path alone; forced, since the home page is a file.
        Assert.Equal("/blog/ p=12 /blog/articles/trust/ 301!\n/blog/index.php page_id=7 /blog/about/ 301!\n/blog/2023/trust/ /blog/articles/trust/ 301\n",
            Text(files, "_redirects"));
        Assert.DoesNotContain(files, f => f.Path.Contains('?') || f.Path.StartsWith("index.php", StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_with_a_query_on_another_page_of_the_site_is_an_error_since_that_page_cannot_send_readers_on()
    {
        var (_, errors) = Write(Article("trust", "2025-01-01", aliases: ["/about/?ref=old"]));

        var error = Assert.Single(errors.Sorted());
        Assert.Contains("'about/?ref=old'", error.Message);
        Assert.Contains("home page", error.Message);
    }

    [Fact]
    public void Two_documents_claiming_one_address_with_a_query_is_an_error()
    {
        var (_, errors) = Write([Page("about", aliases: ["/?p=12"])], Article("trust", "2025-01-01", aliases: ["/?p=12"]));

        var error = Assert.Single(errors.Sorted());
        Assert.Equal("content/pages/about.md", error.File);
        Assert.Contains("content/articles/trust.md", error.Message);
    }

    [Fact]
    public void Without_addresses_with_a_query_there_is_no_map()
    {
        var (files, _) = Write(Article("trust", "2025-01-01", aliases: ["/2023/trust/"]));

        Assert.DoesNotContain(files, f => f.Path == QueryRedirects.Path);
    }
}
