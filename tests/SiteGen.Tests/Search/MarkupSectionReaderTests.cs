using SiteGen.Build;
using SiteGen.PostProcess.Search;
using SiteGen.Tests.Support;
using SiteGen.Render.SearchSections;

namespace SiteGen.Tests.Search;

/// <summary>
/// The fast reader must read every page exactly as AngleSharp does (<see cref="SectionExtractor.ExtractWithParser"/>),
/// and leave to AngleSharp what it cannot read the same way.
/// </summary>
public sealed class MarkupSectionReaderTests
{
    private const string Url = "/help/articles/a/";

    /// <summary>Everything the index takes from a page, as one string, so a difference shows where it is.</summary>
    private static string Describe(SearchPage? page) => page is null ? "(not searchable)" :
        $"{page.Url} | {page.Title} | {string.Join(", ", page.Topics.Select(t => t.Slug + "=" + t.Name))}\n"
        + string.Join("\n", page.Sections.Select(s => $"{s.Url} | {s.Kind} | {s.Heading ?? "-"} | {s.Text}"));

    /// <summary>Whether the fast reader read the page itself rather than handing it to AngleSharp.</summary>
    private static bool ReadFast(string html) =>
        SearchRootScanner.Find(html) is { } root && MarkupSectionReader.Read(Url, html.AsSpan(root)) is not null;

    private static void AssertSameAsParser(string html) =>
        Assert.Equal(Describe(SectionExtractor.ExtractWithParser(Url, html)), Describe(SectionExtractor.Extract(Url, html)));

    [Fact]
    public void Every_page_of_the_sample_site_reads_as_the_parser_reads_it()
    {
        using var site = SiteFixture.Create();
        var result = new SiteBuilder().Build(new BuildOptions
        {
            SourceFolder = Path.Combine(SiteFixture.RepositoryRoot, "content"),
            OutputFolder = site.Output,
            ThemeRoots = [SiteFixture.RepositoryThemes],
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.All(pages, AssertSameAsParser);
        var articles = pages.Where(html => html.Contains("<article class=\"article\">", StringComparison.Ordinal)).ToList();
        Assert.True(articles.Count >= 10, $"{articles.Count} articles");
        Assert.All(articles, html => Assert.True(ReadFast(html), "an article of the sample site went to the parser"));
    }

    [Theory]
    [InlineData("<p>Fish &amp; chips &lt;3 &gt; &quot;q&quot; &apos;a&apos; it&#8217;s &#x2014; dash&nbsp;space &hellip; &copy;</p>")]
    [InlineData("<p>A & B, x &= y, & ;</p><p>&</p>")]
    [InlineData("<p>re<em>la<strong>p</strong></em>se <a href=\"/x/\"><code>code</code> and <span>span</span></a>.</p>")]
    [InlineData("<p>one<!-- a comment --> two<!----> three <!-- <p>not a paragraph</p> --></p>")]
    [InlineData("<p>before</p><script>if (a </b) { document.write('</p>'); }</script><style>p::after { content: '</div>'; }</style><p>after</p>")]
    [InlineData("<p>seen <span aria-hidden=\"true\">hidden</span> <span aria-hidden=\"false\">shown</span> <span data-search-ignore>ignored</span></p>")]
    [InlineData("<nav><p>contents</p></nav><p>text</p><h2 id=\"h\"><a class=\"anchor\" aria-hidden=\"true\" href=\"#h\">#</a>Heading <em>with</em> parts</h2><p>under</p>")]
    [InlineData("<pre>\nline one\nline two</pre><pre>\n\nkept</pre><p>x</p><pre>no newline</pre>")]
    [InlineData("<table><thead><tr><th>Day</th><th>Plan</th></tr></thead>\n<tbody>\n<tr><td>Mon</td><td>Call</td></tr>\n</tbody></table>")]
    [InlineData("<ul>\n<li>one</li>\n<li><p>two</p><ul><li>nested</li></ul></li>\n</ul><ol start=\"3\"><li>three</li></ol><dl><dt>term</dt><dd>meaning</dd></dl>")]
    [InlineData("<P CLASS=\"note\">Upper <EM>case</EM></P><H2 ID=\"up\">Up</H2><p>below</p>")]
    [InlineData("<h2 id=\"first\" id=\"second\">Twice</h2><p>x</p><h3 id=\"a&amp;b\">Entity id</h3><p>y</p><h4 id=''>Empty id</h4><p>z</p><h3 id=unquoted>Bare</h3><p>w</p>")]
    [InlineData("<p>line<br>break<br/>again<wbr>joined<img src=\"x.png\" alt=\"picture\">end</p><hr><p>after rule</p>")]
    [InlineData("<ul class=\"contains-task-list\"><li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" /> a task</li></ul>")]
    [InlineData("<blockquote><p>quoted</p></blockquote><figure><img src=\"a.png\" alt=\"\"><figcaption>caption</figcaption></figure><section><h2 id=\"in\">Inside</h2><p>deep</p></section>")]
    [InlineData("<p>a < b and c <3 d</p><p>x</p>")]
    [InlineData("<div><p>nested</p><h2 id=\"deep\">Deep</h2><p>below</p></div><p>after the div</p>")]
    [InlineData("<h2 id=\"hidden\" aria-hidden=\"true\">Hidden heading</h2><p>still the page's</p><h5 id=\"five\">Five</h5><p>not a section</p>")]
    [InlineData("<p><abbr title=\"x\">AA</abbr> <time datetime=\"2020\">then</time> <mark>m</mark><sub>2</sub><sup>3</sup> <kbd>k</kbd> <q>q</q> <del>d</del><ins>i</ins></p>")]
    public void Theme_and_markdown_markup_is_read_fast_and_as_the_parser_reads_it(string body)
    {
        var html = FixturePage.Article("Title &amp; more", body,
            FixturePage.Faq("faq-one", "Is it <em>ok</em>?", "Yes &amp; no.") + FixturePage.Faq("", "No id", "Skipped."),
            FixturePage.Topic("trust", "Trust") + FixturePage.Topic("trust", "Trust again") + "<li><a class=\"topic-tag\" href=\"/t/a%20b/?x=1#y\">Odd <b>link</b></a></li>");

        Assert.True(ReadFast(html), "went to the parser");
        AssertSameAsParser(html);
    }

    [Theory]
    [InlineData("<p>one<div>block inside a paragraph</div>two</p>")]
    [InlineData("<p><em>misnested <strong>tags</em> here</strong></p>")]
    [InlineData("<ul><li>open item<li>next item</ul>")]
    [InlineData("<p>unclosed paragraph<p>next</p>")]
    [InlineData("<table><tr><td>a</td></tr>text in a table</table>")]
    [InlineData("<p>caf&eacute; &notin; &NotAnEntity; &#0; &#x80; &#128512;</p>")]
    [InlineData("<p>a &amp&amp b, 5 &lt 6</p>")]
    [InlineData("<p>a &# b &#x; c</p>")]
    [InlineData("<p>a &; b</p>")]
    [InlineData("<p>text</p><svg><title>icon</title><text>drawn</text></svg>")]
    [InlineData("<p>a <custom-element>custom</custom-element> b</p>")]
    [InlineData("<p>x</p><textarea>&lt;raw&gt; <p>not a tag</p></textarea>")]
    [InlineData("<p>a<!-->b</p><p>c<!--->d</p><p>e<!-- f --!> g --> h</p>")]
    [InlineData("<p>a<![CDATA[b]]>c</p>")]
    [InlineData("<div/>self-closed div<p>para</p>")]
    [InlineData("<p>a <a href=\"/1\">one <a href=\"/2\">two</a></a></p>")]
    [InlineData("<h2 id=\"a\">A<h3 id=\"b\">B</h3></h2>")]
    [InlineData("<script><!--<script>document.write('</script>')</script>--></script><p>after</p>")]
    [InlineData("<p>cr\r\nlf</p>")]
    [InlineData("<p>x</p></p><p>y</p>")]
    [InlineData("<pre>&#10;dropped reference newline</pre>")]
    public void Markup_the_parser_would_repair_goes_to_the_parser(string body)
    {
        var html = FixturePage.Article("T", body);

        Assert.False(ReadFast(html), "read fast");
        AssertSameAsParser(html);
    }

    [Theory]
    [InlineData("<div class=\"page-body\"><p>a page</p></div>")]
    [InlineData("<article class=\"page\"><h1>About</h1><div class=\"page-body\"><p>a page</p><h2 id=\"x\">X</h2><p>y</p></div></article>")]
    [InlineData("<article class=\"article\"><h1> </h1><p>no title</p></article>")]
    [InlineData("<article class=\"article\"><header><h1>Only <span aria-hidden=\"true\">hidden</span> title</h1></header><p>body without article-body</p></article>")]
    [InlineData("<article class=\"article\"><h1>T</h1><aside><a class=\"topic-tag\" href=\"/t/related/\">Related</a></aside><ul><li class=\"article-card x\"><a class=\"topic-tag\" href=\"/t/card/\">Card</a></li></ul><a class=\"topic-tag\" href=\"/t/own/\">Own</a></article>")]
    [InlineData("<article class=\"article\"><h1>T</h1><nav><div class=\"article-body\"><p>body inside nav</p></div></nav><details class=\"faq-item\" id=\"q\" aria-hidden=\"true\"><summary>Q</summary><p class=\"faq-answer\">A</p></details></article>")]
    public void Roots_and_titles_are_found_as_the_parser_finds_them(string root) =>
        AssertSameAsParser($"<!DOCTYPE html><html><head><title>Page title</title></head><body><h1>Outside</h1><main>{root}</main></body></html>");

    [Fact]
    public void Random_markup_reads_as_the_parser_reads_it()
    {
        var random = new Random(20261121);
        var readFast = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = FixturePage.Article("T", RandomMarkup.Body(random), topics: FixturePage.Topic("trust", "Trust"));
            AssertSameAsParser(html);
            if (ReadFast(html)) readFast++;
        }
        // Both ways must be exercised: markup read fast, and markup left to the parser.
        Assert.InRange(readFast, 600, 2400);
    }
}
