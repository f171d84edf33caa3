using SiteGen.Templates.Builtins;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class HtmlFunctionsTests
{
    private static readonly SourceSpan At = new("page.html", 1, 1);

    [Fact]
    public void Strip_removes_tags_comments_scripts_and_styles()
    {
        const string html = "<h1 class=\"x\">Help</h1><!-- note --><style>p{}</style><SCRIPT>alert('<b>')</SCRIPT><p title='a>b'>now</p>";
        Assert.Equal("Helpnow", HtmlFunctions.Strip(At, html));
    }

    [Fact]
    public void Strip_keeps_angle_brackets_that_do_not_open_a_tag()
    {
        Assert.Equal("we <3 you, 1 < 2 > 0", HtmlFunctions.Strip(At, "we <3 you, 1 < 2 > 0"));
    }

    [Fact]
    public void Strip_of_unclosed_markup_finishes_quickly()
    {
        var text = "<a " + string.Concat(Enumerable.Repeat("'x' \"y\" ", 5000));
        Assert.Equal(text, HtmlFunctions.Strip(At, text));
    }

    [Fact]
    public void Escape_replaces_every_character_that_matters_in_html()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;", HtmlFunctions.Escape("<a href=\"x\">Tom & Jerry's</a>"));
        Assert.Equal("café", HtmlFunctions.Escape("café"));
    }

    [Fact]
    public void NewlineToBr_handles_every_kind_of_line_break_once()
    {
        Assert.Equal("a<br />\r\nb<br />\rc<br />\n", HtmlFunctions.NewlineToBr("a\r\nb\rc\n"));
    }

    [Fact]
    public void UrlEncode_encodes_reserved_characters_and_utf8()
    {
        Assert.Equal("a%2Fb%3Fc%3Dd%20%C3%A9", HtmlFunctions.UrlEncode("a/b?c=d é"));
    }

    [Fact]
    public void UrlEscape_keeps_url_structure_and_existing_escapes()
    {
        Assert.Equal("/caf%C3%A9/a%20b?q=%3Cx%3E&r=1%2F2#top", HtmlFunctions.UrlEscape("/café/a b?q=<x>&r=1%2F2#top"));
        Assert.Equal("100%25%20sure", HtmlFunctions.UrlEscape("100% sure"));
        Assert.Equal("%F0%9F%93%9E", HtmlFunctions.UrlEscape("📞"));
    }
}
