using SiteGen.Parse;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>Wrong data does not pass silently: phone numbers, slugs, base URLs and colliding paths.</summary>
public class WrongDataTests
{
    [Theory]
    [InlineData("1-800-662-HELP", "tel:18006624357")]
    [InlineData("1-800-662-4357", "tel:18006624357")]
    [InlineData("988", "tel:988")]
    [InlineData("+44 20 7946 0958", "tel:+442079460958")]
    [InlineData("(888) 643-9118 ext. 12", "tel:8886439118;ext=12")]
    [InlineData("(888) 643-9118 x12", "tel:8886439118;ext=12")]
    [InlineData("1-800-FLOWERS", "tel:18003569377")]
    public void A_phone_becomes_the_tel_uri_a_phone_dials(string written, string tel)
    {
        Assert.Equal((tel, (string?)null), PhoneNumber.Parse(written));
    }

    [Theory]
    [InlineData("988 or 911")]
    [InlineData("Call 988")]
    [InlineData("911/988")]
    [InlineData("12")]
    [InlineData("1234567890123456")]
    public void What_is_not_one_phone_number_is_refused(string written)
    {
        Assert.NotNull(PhoneNumber.Parse(written).Problem);
    }

    [Fact]
    public void A_helpline_that_is_not_one_number_is_an_error_at_its_line()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\nhelpline:\n  label: Crisis\n  phone: 988 or 911\n"),
            SiteFixture.Article("a"));
        site.Build();
        var error = Assert.Single(site.ErrorsIn("content/site.yml"));
        Assert.Equal((5, 10), (error.Line, error.Column));
    }

    [Fact]
    public void The_vanity_helpline_dials_the_right_number_on_every_article()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\nhelpline:\n  label: SAMHSA\n  phone: 1-800-662-HELP\n"),
            SiteFixture.Article("a"));
        site.BuildOk();
        var call = site.Html("articles/a/index.html").QuerySelector("a[href^='tel:']")!;
        Assert.Equal("tel:18006624357", call.GetAttribute("href"));
        Assert.Contains("1-800-662-HELP", call.TextContent);
    }

    [Theory]
    [InlineData("Café Talks", "cafe-talks")]
    [InlineData("Über Straße", "uber-strasse")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Niño y familia", "nino-y-familia")]
    [InlineData("Cafe\u0301 decomposed", "cafe-decomposed")]
    [InlineData("日本語", "日本語")]
    [InlineData("Семья и доверие", "семья-и-доверие")]
    [InlineData("Self Care!", "self-care")]
    public void Slugs_spell_latin_letters_in_ascii_and_keep_other_scripts(string title, string slug)
    {
        Assert.Equal(slug, Slugs.From(title));
    }

    [Fact]
    public void Long_titles_make_slugs_cut_at_a_word_within_the_limits()
    {
        string slug = Slugs.From(string.Join(' ', Enumerable.Repeat("recovery", 40)));
        Assert.True(slug.Length <= Slugs.MadeLength);
        Assert.EndsWith("recovery", slug);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Slugs.From(new string('語', 300))) <= Slugs.MaxBytes);
    }

    [Theory]
    [InlineData(".", "letter or digit")]
    [InlineData("-_-", "letter or digit")]
    public void Slugs_without_a_letter_are_refused(string slug, string messagePart)
    {
        Assert.Contains(messagePart, Slugs.Problem(slug));
        Assert.Contains("longer", Slugs.Problem(new string('a', 300)));
    }

    [Fact]
    public void A_slug_of_a_dot_is_an_error_at_its_line()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "slug: \".\""));
        site.Build();
        Assert.Equal(4, Assert.Single(site.ErrorsIn("content/articles/a.md")).Line);
    }

    [Fact]
    public void A_base_url_with_a_password_is_refused()
    {
        Assert.Null(BaseUrl.Normalize("https://editor:secret@example.org/"));
        Assert.Contains("password", BaseUrl.Problem("https://editor:secret@example.org/"));
    }

    [Fact]
    public void Robots_txt_and_the_sitemap_spell_the_base_url_the_same()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/recovery blog/\n"), SiteFixture.Article("a"));
        site.BuildOk();
        string robots = site.ReadOutput("robots.txt");
        var sitemap = System.Xml.Linq.XDocument.Parse(site.ReadOutput("sitemap.xml"));
        string first = sitemap.Descendants().First(e => e.Name.LocalName == "loc").Value;
        Assert.Contains("Sitemap: https://example.org/recovery%20blog/sitemap.xml", robots);
        Assert.StartsWith("https://example.org/recovery%20blog/", first);
    }

    [Theory]
    [InlineData("robots.txt")]
    [InlineData("_headers")]
    [InlineData("sitemap.xml")]
    [InlineData("404.html")]
    [InlineData("faq")]
    [InlineData("css")]
    public void A_page_slug_that_is_a_generated_file_is_an_error_at_the_slug(string slug)
    {
        using var site = SiteFixture.Create(("content/pages/p.md", $"---\ntitle: P\nslug: \"{slug}\"\n---\nBody.\n"), SiteFixture.Article("a"));
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/pages/p.md"));
        Assert.Equal(3, error.Line);
        Assert.Contains("used by the site itself", error.Message);
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/_headers")]
    [InlineData("/404.html")]
    [InlineData("/sitemap-2.xml")]
    public void An_alias_that_would_replace_a_generated_file_is_an_error_at_the_alias(string alias)
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: $"aliases: [\"{alias}\"]"));
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Equal(4, error.Line);
        Assert.Contains("would replace", error.Message);
    }

    [Fact]
    public void Two_file_names_that_differ_in_case_give_one_error_and_no_false_link_errors()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("rebuilding-trust"),
            ("content/articles/Rebuilding-Trust.md", "---\ntitle: Copy\ndate: 2025-01-01\n---\nBody.\n"),
            SiteFixture.Article("b", "See [trust](rebuilding-trust.md) and [copy](Rebuilding-Trust.md)."));
        site.Build();
        Assert.Single(site.Result!.Errors);
        Assert.Contains("duplicate slug", site.Result.Errors[0].Message);
    }

    [Theory]
    [InlineData("../../outside")]
    [InlineData("/etc/x")]
    [InlineData("a//b")]
    [InlineData("a.b")]
    public void A_layout_that_is_a_path_is_an_error_at_its_line(string layout)
    {
        using var site = SiteFixture.Create(("content/pages/p.md", $"---\ntitle: P\nlayout: \"{layout}\"\n---\nBody.\n"), SiteFixture.Article("a"));
        Assert.False(site.Build().Succeeded);
        var error = Assert.Single(site.ErrorsIn("content/pages/p.md"));
        Assert.Equal(3, error.Line);
        Assert.Contains("not a name", error.Message);
    }

    [Fact]
    public void A_partial_named_by_a_path_is_an_error_in_the_template()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: https://example.org/\ntheme: mine\n"), SiteFixture.Article("a"));
        site.Write("themes/mine/theme.yml", "name: Mine\nextends: default\n");
        site.Write("themes/mine/partials/footer.html", "{{ include \"../../../outside\" }}");
        site.Write("outside.html", "secret");
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Result!.Errors, e => e.Message.Contains("not a name"));
    }
}
