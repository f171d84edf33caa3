using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>Content cannot publish script: dangerous link schemes are refused whatever raw_html says, and raw script is an error unless allowed.</summary>
public class ContentScriptTests
{
    private const string NoRawHtml = "title: T\nbase_url: https://example.org/\nmarkdown: { raw_html: false }\n";

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](data:image/svg+xml,<svg/>)")]
    public void A_link_that_runs_script_is_refused_at_its_position(string body)
    {
        using var site = SiteFixture.Create(("content/site.yml", NoRawHtml), SiteFixture.Article("a", body));
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Equal((6, 1), (error.Line, error.Column));
        Assert.Contains("URL", error.Message);
    }

    [Fact]
    public void A_raster_data_image_is_allowed()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "![dot](data:image/png;base64,iVBORw0KGgo=)"));
        site.BuildOk();
        Assert.StartsWith("data:image/png", site.Html("articles/a/index.html").QuerySelector("article img")!.GetAttribute("src"));
    }

    [Fact]
    public void Script_links_in_faq_answers_and_the_disclaimer_are_refused_too()
    {
        using var site = SiteFixture.Create(
            ("content/site.yml", NoRawHtml + "disclaimer: \"See [this](javascript:alert(1)).\"\n"),
            SiteFixture.Article("a", frontMatter: "faq:\n  - q: Why?\n    a: \"[x](javascript:alert(2))\""));
        site.Build();
        Assert.Contains("javascript:", Assert.Single(site.ErrorsIn("content/site.yml")).Message);
        Assert.Equal(6, Assert.Single(site.ErrorsIn("content/articles/a.md")).Line);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", 6, 1, "<script>")]
    [InlineData("<div onclick=\"go()\">x</div>", 6, 6, "onclick")]
    [InlineData("Some <span style=\"color:red\">red</span> words.", 6, 12, "style=")]
    [InlineData("<p>\n<a href=\"javascript:go()\">x</a>\n</p>", 7, 4, "javascript:")]
    public void Raw_script_in_content_is_an_error_by_default(string body, int line, int column, string messagePart)
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", body));
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(messagePart, error.Message);
    }

    [Fact]
    public void Script_in_a_comment_is_not_script()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", "<!-- <script>old()</script> -->\n\nWords."));
        site.BuildOk();
    }

    [Fact]
    public void Allowed_content_scripts_are_allowed_by_hash_in_the_policy()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\nmarkdown: { scripts: true }\n"),
            SiteFixture.Article("a", "<script>console.log(1)</script>\n\n<p onclick=\"go()\" style=\"color:red\">x</p>"));
        site.BuildOk();
        string headers = site.ReadOutput("_headers");
        Assert.Contains(SiteGen.Render.HostFiles.InlineCode.Hash("console.log(1)"), headers);
        Assert.Contains(SiteGen.Render.HostFiles.InlineCode.Hash("go()"), headers);
        Assert.Contains(SiteGen.Render.HostFiles.InlineCode.Hash("color:red"), headers);
        Assert.Contains("'unsafe-hashes'", headers);
    }
}
