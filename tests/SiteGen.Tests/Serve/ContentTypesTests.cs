using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class ContentTypesTests
{
    [Theory]
    [InlineData("articles/trust/index.html", "text/html; charset=utf-8")]
    [InlineData("assets/css/site.3f2a.css", "text/css; charset=utf-8")]
    [InlineData("assets/js/search.js", "text/javascript; charset=utf-8")]
    [InlineData("search/index.json", "application/json; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("favicon.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("site.webmanifest", "application/manifest+json; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("images/family.jpg", "image/jpeg")]
    [InlineData("images/family.webp", "image/webp")]
    [InlineData("_headers", "application/octet-stream")]
    public void Files_get_the_type_a_static_host_sends(string path, string expected) =>
        Assert.Equal(expected, ContentTypes.For(path));
}
