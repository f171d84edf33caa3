using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class LiveScriptTests
{
    [Fact]
    public void The_tag_goes_just_before_the_closing_body_tag()
    {
        string html = "<html><body><p>Hi</p></body></html>";

        Assert.Equal("<html><body><p>Hi</p>" + LiveScript.Tag + "</body></html>", LiveScript.InsertInto(html));
    }

    [Fact]
    public void Only_the_last_closing_body_tag_counts_whatever_its_case()
    {
        string html = "<body><pre>&lt;/body&gt; and </body> in text</pre></BODY>\n";

        Assert.Equal("<body><pre>&lt;/body&gt; and </body> in text</pre>" + LiveScript.Tag + "</BODY>\n", LiveScript.InsertInto(html));
    }

    [Fact]
    public void The_tag_names_the_pages_a_response_stands_for_as_an_escaped_json_list()
    {
        string html = LiveScript.InsertInto("<body></body>", ["articles/a\"<b>/index.html", "404.html"]);

        var script = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("script")!;
        Assert.Equal(LiveScript.ScriptPath, script.GetAttribute("src"));
        Assert.Equal(["articles/a\"<b>/index.html", "404.html"], System.Text.Json.JsonSerializer.Deserialize<string[]>(script.GetAttribute("data-pages")!)!);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void A_page_without_a_body_end_gets_the_tag_at_its_end()
    {
        Assert.Equal("<p>fragment" + LiveScript.Tag, LiveScript.InsertInto("<p>fragment"));
    }

    [Fact]
    public void The_script_is_embedded_and_listens_to_the_event_stream()
    {
        string script = System.Text.Encoding.UTF8.GetString(LiveScript.Bytes.Span);

        Assert.Contains("new EventSource(EVENTS + query)", script);
        Assert.Contains("addEventListener('findings'", script);
        Assert.Contains("'" + LiveScript.EventsPath + "'", script);
        Assert.DoesNotContain("innerHTML", script);
        Assert.Contains("getAttribute('data-pages')", script);
    }
}
