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

    private static (IReadOnlyList<SiteGen.Write.OutputFile> Files, ErrorList Errors) Write(params Article[] articles)
    {
        var errors = new ErrorList();
        var files = HostFileWriter.Write(Site(Config(), articles), RealPages, d => "content/" + d.SourcePath, errors);
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
    public void Alias_paths_are_normalised_to_folder_or_file_urls(string alias, string expected)
    {
        Assert.Equal(expected, AliasPath.Normalize(alias, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("../outside/")]
    [InlineData("https://old.example.org/page/")]
    [InlineData("old/page?id=3")]
    public void Alias_paths_that_are_not_paths_of_the_site_are_refused(string alias)
    {
        Assert.Null(AliasPath.Normalize(alias, out var problem));
        Assert.NotNull(problem);
    }
}
