using SiteGen.PostProcess.Search;
using SiteGen.Render.SearchSections;

namespace SiteGen.Tests.Search;

public sealed class SectionExtractorTests
{
    private const string Url = "/blog/articles/after-a-relapse/";

    private static SearchPage Extract(string html) => SectionExtractor.Extract(Url, html) ?? throw new Xunit.Sdk.XunitException("page was not indexed");

    [Fact]
    public void The_page_section_holds_the_text_before_the_first_heading()
    {
        var page = Extract(FixturePage.Article("After a relapse", "<p>First words.</p><p>More.</p><h2 id=\"next\">Next</h2><p>Later.</p>"));

        Assert.Equal("After a relapse", page.Title);
        var first = page.Sections[0];
        Assert.Equal((Url, SectionKind.Page, (string?)null, "First words. More."), (first.Url, first.Kind, first.Heading, first.Text));
    }

    [Fact]
    public void Each_heading_with_an_id_starts_a_section_linked_by_its_anchor()
    {
        var page = Extract(FixturePage.Article("T", "<p>Intro.</p><h2 id=\"talk\">How to <em>talk</em></h2><p>Gently.</p><ul><li>one</li><li>two</li></ul><h3 id=\"wait\">Waiting</h3><p>Patience.</p>"));

        var headings = page.Sections.Where(s => s.Kind == SectionKind.Heading).ToList();
        Assert.Equal([Url + "#talk", Url + "#wait"], headings.Select(s => s.Url));
        Assert.Equal(["How to talk", "Waiting"], headings.Select(s => s.Heading));
        Assert.Equal("Gently. one two", headings[0].Text);
    }

    [Fact]
    public void Faq_items_are_sections_of_their_own()
    {
        var page = Extract(FixturePage.Article("T", "<p>Intro.</p>",
            FixturePage.Faq("faq-is-it-failure", "Is a relapse a failure?", "No, it is part of many recoveries.")));

        var faq = Assert.Single(page.Sections, s => s.Kind == SectionKind.Faq);
        Assert.Equal(Url + "#faq-is-it-failure", faq.Url);
        Assert.Equal("Is a relapse a failure?", faq.Heading);
        Assert.Equal("No, it is part of many recoveries.", faq.Text);
        Assert.DoesNotContain(page.Sections, s => s.Kind != SectionKind.Faq && s.Text.Contains("recoveries"));
    }

    [Fact]
    public void The_table_of_contents_and_related_articles_are_not_content()
    {
        var page = Extract(FixturePage.Article("T", "<p>Intro.</p>"));

        Assert.DoesNotContain(page.Sections, s => s.Text.Contains("Table of contents entry") || s.Text.Contains("Other"));
    }

    [Fact]
    public void Topics_come_from_the_article_header_not_from_related_cards()
    {
        var page = Extract(FixturePage.Article("T", "<p>x</p>", topics: FixturePage.Topic("trust", "Trust") + FixturePage.Topic("family", "Family")));

        Assert.Equal([new SearchTopic("trust", "Trust"), new SearchTopic("family", "Family")], page.Topics);
    }

    [Fact]
    public void Pages_are_searchable_by_their_page_body()
    {
        var html = "<html><head><title>About</title></head><body><main><article class=\"page\"><h1>About us</h1><div class=\"page-body\"><p>We meet weekly.</p></div></article></main></body></html>";

        var page = Extract(html);

        Assert.Equal("About us", page.Title);
        Assert.Equal("We meet weekly.", page.Sections.Single().Text);
    }

    [Theory]
    [InlineData("<html><body><main><ul class=\"article-list\"><li class=\"article-card\">A list</li></ul></main></body></html>")]
    [InlineData("<html><head><meta name=\"robots\" content=\"noindex\"></head><body><article class=\"article\"><h1>Not found</h1></article></body></html>")]
    public void Lists_and_noindex_pages_are_not_searchable(string html) => Assert.Null(SectionExtractor.Extract(Url, html));

    [Fact]
    public void Inline_markup_does_not_split_words_and_blocks_do()
    {
        var page = Extract(FixturePage.Article("T", "<p>re<em>lapse</em> <strong>after</strong> treatment</p><ul><li>one</li><li>two</li></ul><div><p>nested</p><h2 id=\"deep\">Deep</h2><p>below</p></div>"));

        Assert.Equal("relapse after treatment one two nested", page.Sections[0].Text);
        Assert.Equal((Url + "#deep", "below"), (page.Sections[1].Url, page.Sections[1].Text));
    }

    [Theory]
    [InlineData("<article class=\"article\">", true)]
    [InlineData("<article class='page article'>", true)]
    [InlineData("<div class=\"page-body\">", true)]
    [InlineData("<main data-search-root>", true)]
    [InlineData("<ul class=\"article-list\"><li class=\"article-card\">", false)]
    public void Pages_without_a_searchable_root_are_skipped_before_parsing(string html, bool mayBe) =>
        Assert.Equal(mayBe, SectionExtractor.MayBeSearchable(html));

    [Theory]
    [InlineData("<header><h1>Menu</h1></header><article class=\"article\"><h1>T</h1><article><p>x</p></article></article><aside>a</aside>",
        "<article class=\"article\"><h1>T</h1><article><p>x</p></article></article>")]
    [InlineData("<div class=\"list\"><div\nclass='x page-body'><h1>P</h1><div>y</div></div></div>", "<div\nclass='x page-body'><h1>P</h1><div>y</div></div>")]
    [InlineData("<articles class=\"article\"></articles><article class=\"articles\"><h1>No</h1></article>", null)]
    [InlineData("<meta name=\"robots\" content=\"noindex\"><article class=\"article\"><h1>T</h1></article>", null)]
    [InlineData("<main data-search-root><article class=\"article\"><h1>T</h1></article></main>", null)]
    public void Only_the_searchable_root_is_cut_out_for_parsing(string html, string? root) =>
        Assert.Equal(root, SearchRootScanner.Find(html) is { } range ? html[range] : null);

    [Fact]
    public void A_root_without_its_own_title_takes_the_page_title()
    {
        var page = SectionExtractor.Extract(Url, "<html><head><title>T</title></head><body><h1>Outside</h1><div class=\"page-body\"><p>Text.</p></div></body></html>");

        Assert.Equal("Outside", page?.Title);
        Assert.Equal("Text.", page?.Sections[0].Text);
    }

    [Fact]
    public void A_page_without_main_is_read_whole()
    {
        var page = SectionExtractor.Extract(Url, "<html><head><title>T</title></head><body><article class=\"article\"><h1>Whole</h1><p>Text.</p></article></body></html>");

        Assert.Equal("Whole", page?.Title);
    }

    [Fact]
    public void Markup_in_text_stays_text()
    {
        var page = Extract(FixturePage.Article("&lt;img src=x onerror=alert(1)&gt;", "<p>Body &amp; more.</p>"));

        Assert.Equal("<img src=x onerror=alert(1)>", page.Title);
        Assert.Equal("Body & more.", page.Sections[0].Text);
    }
}
