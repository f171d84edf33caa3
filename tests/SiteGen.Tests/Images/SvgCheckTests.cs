using SiteGen.Tests.Support;

namespace SiteGen.Tests.Images;

/// <summary>SVG files are published as they are only when they can run nothing and load nothing.</summary>
public class SvgCheckTests
{
    private const string Safe = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n"
        + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>\n"
        + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" style=\"fill: url(#g)\"/><use xlink:href=\"#g\"/>\n</svg>\n";

    [Fact]
    public void A_drawing_with_only_its_own_references_is_published_as_it_is()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "![A drawing](../images/d.svg)"));
        site.Write("content/images/d.svg", Safe);
        site.BuildOk();
        Assert.Equal(Safe, site.ReadOutput("images/d.svg"));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n</svg>", 2, 2, "<script>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect onload=\"alert(1)\"/>\n</svg>", 2, 7, "onload")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<image xlink:href=\"https://tracker.example/p.png\"/>\n</svg>", 2, 8, "tracker.example")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<style>@import url(https://x.example/a.css);</style>\n</svg>", 2, 8, "@import")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<foreignObject><p>x</p></foreignObject>\n</svg>", 2, 2, "foreignObject")]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>", 1, 1, "DTD")]
    public void An_svg_that_could_run_or_load_something_is_refused_at_its_place(string svg, int line, int column, string messagePart)
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        site.Write("content/images/d.svg", svg);
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/images/d.svg"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(messagePart, error.Message);
    }
}
