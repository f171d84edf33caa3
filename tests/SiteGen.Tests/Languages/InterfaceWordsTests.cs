using SiteGen.Tests.Support;

namespace SiteGen.Tests.Languages;

/// <summary>The theme's words (i18n/&lt;code&gt;.yml) through <c>t</c>: overrides, fallbacks, plural forms and mistakes.</summary>
public sealed class InterfaceWordsTests
{
    private const string ChildTheme = "themes/child/theme.yml";

    private static SiteFixture Site(params (string Path, string Text)[] more) => MultilingualSite.Create(
    [
        (ChildTheme, "name: child\nextends: default\n"),
        .. more,
    ]).Write("content/site.yml", MultilingualSite.SiteYml + "\ntheme: child\n");

    [Fact]
    public void A_child_theme_overrides_single_words_and_keeps_the_others()
    {
        using var site = Site(("themes/child/i18n/es.yml", "contents: Índice\ncall: \"Llame ya: {phone}\"\n"));
        site.BuildOk();
        var page = site.Html("es/articles/trust/index.html");
        Assert.Equal("Llame ya: 1-800-662-4357", page.QuerySelector(".helpline-call")!.TextContent);
        Assert.Equal("1 min de lectura", page.QuerySelector(".reading-time")!.TextContent);
        Assert.Equal("Call 1-800-662-4357", site.Html("articles/trust/index.html").QuerySelector(".helpline-call")!.TextContent);
    }

    [Fact]
    public void A_count_chooses_the_plural_form_of_the_pages_language()
    {
        using var site = MultilingualSite.Create();
        site.BuildOk();
        var counts = site.Html("es/topics/index.html").QuerySelectorAll(".topic-count").Select(c => c.TextContent).ToList();
        // Topics in order of their Spanish names: "Recaídas", then "Reconstruir la confianza".
        Assert.Equal(["1 artículo", "2 artículos"], counts);
        Assert.Equal(["2 articles", "1 article"], site.Html("topics/index.html").QuerySelectorAll(".topic-count").Select(c => c.TextContent).ToList());
    }

    [Fact]
    public void Values_put_into_a_word_are_escaped()
    {
        using var site = MultilingualSite.Create(
            ("content/es/articles/zeta.md", "---\ntitle: \"A <b>menos</b> & más\"\ndate: 2026-03-03\n---\n\nTexto.\n"));
        site.BuildOk();
        var newer = site.Html("es/articles/trust/index.html").QuerySelector("a.pager-prev")!;
        Assert.Equal("Más reciente: A <b>menos</b> & más", newer.TextContent);
        Assert.Null(newer.QuerySelector("b"));
    }

    [Fact]
    public void A_word_no_file_has_is_an_error_at_the_call()
    {
        using var site = Site(("themes/child/partials/footer.html", "<footer>\n  {{ t \"contnets\" }}\n</footer>\n"));
        var result = site.Build();
        var error = Assert.Single(result.Errors.DistinctBy(e => (e.File, e.Line, e.Message)));
        Assert.EndsWith(Path.Combine("child", "partials", "footer.html"), error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("no word 'contnets'", error.Message);
        Assert.Contains("did you mean `contents`", error.Message);
    }

    [Fact]
    public void A_placeholder_left_without_a_value_is_an_error_at_the_call()
    {
        using var site = Site(("themes/child/partials/footer.html", "<footer>{{ t \"call\" }}</footer>\n"));
        var error = site.Build().Errors.First();
        Assert.Contains("'call' needs a value for {phone}", error.Message);
    }

    [Fact]
    public void A_mistake_in_an_i18n_file_is_reported_at_its_line()
    {
        using var site = Site(("themes/child/i18n/es.yml", "contents: Índice\nmin_read:\n  one: \"{count} min\"\n  several: \"{count} mins\"\nmonths: [enero]\n"));
        var errors = site.Build().Errors;
        Assert.Contains(errors, e => e.File.EndsWith("es.yml", StringComparison.Ordinal) && e.Line == 4 && e.Message.Contains("not a plural form"));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("twelve month names"));
    }

    [Fact]
    public void A_language_the_theme_has_no_words_for_shows_the_default_languages_and_says_so()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"),
            ("content/site.yml", "title: T\nbase_url: https://example.org/\nlanguages:\n  fr: { title: Journal }\n"),
            ("content/fr/articles/a.md", "---\ntitle: Un\ndate: 2026-01-01\n---\n\nMots.\n"));
        var result = site.BuildOk();
        Assert.Contains(result.BesideChecks(), w => w.Message.Contains("no i18n/fr.yml"));
        var page = site.Html("fr/articles/a/index.html");
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("1 January 2026", page.QuerySelector(".article-meta time")!.TextContent);
        Assert.Equal("Français", site.Html("articles/a/index.html").QuerySelector("nav.language-switcher a")!.TextContent);
    }
}
