using SiteGen.Render.Links;

namespace SiteGen.Tests.Render.Links;

public sealed class HtmlLinksTests
{
    [Fact]
    public void Finds_href_and_src_in_either_quote_style()
    {
        var links = HtmlLinks.In("<a href=\"/a/\">a</a><img src='/b.png'><link\nhref=\"/c.css\">").Order().ToList();

        Assert.Equal(["/a/", "/b.png", "/c.css"], links);
    }

    [Fact]
    public void Ignores_attributes_that_only_end_in_href_and_unquoted_text()
    {
        Assert.Empty(HtmlLinks.In("<div data-href=\"/x/\" data-src=\"/y\">write href=here</div>"));
    }
}
