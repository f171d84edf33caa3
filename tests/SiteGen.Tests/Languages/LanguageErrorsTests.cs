using SiteGen.Tests.Support;

namespace SiteGen.Tests.Languages;

public sealed class LanguageErrorsTests
{
    [Fact]
    public void Content_in_a_language_site_yml_does_not_declare_is_an_error_at_the_file()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"),
            ("content/fr/articles/b.md", "---\ntitle: B\ndate: 2026-01-01\n---\n\nMots.\n"));
        var result = site.Build();
        var error = Assert.Single(result.Errors);
        Assert.EndsWith(Path.Combine("fr", "articles", "b.md"), error.File);
        Assert.Contains("'fr', which site.yml does not declare", error.Message);
        Assert.Contains("languages:", error.Message);
    }

    [Fact]
    public void Two_articles_of_one_language_with_one_translation_key_are_both_reported()
    {
        using var site = MultilingualSite.Create(
            ("content/es/articles/otra.md", "---\ntitle: Otra\ndate: 2026-01-05\ntranslation_key: relapse\n---\n\nTexto.\n"));
        var result = site.Build();
        var errors = result.Errors.Where(e => e.Message.Contains("translation key 'relapse'")).ToList();
        Assert.Equal(2, errors.Count);
        var atKey = errors.Single(e => e.File.EndsWith("otra.md", StringComparison.Ordinal));
        Assert.Equal((4, 18), (atKey.Line, atKey.Column));
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void Language_settings_are_checked_where_they_are_written()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"), ("content/site.yml", """
            title: T
            base_url: https://example.org/
            languages:
              Spanish: { name: Español }
              es:
                titel: Diario
              pt: Português
            """));
        var errors = site.Build().Errors;
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("'Spanish' is not a language code"));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("languages.es.titel"));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("languages.pt must be a set of settings"));
    }

    [Fact]
    public void The_default_languages_folder_is_not_a_language_folder()
    {
        using var site = SiteFixture.Create(("content/en/articles/b.md", "---\ntitle: B\ndate: 2026-01-01\n---\n\nWords.\n"));
        var error = Assert.Single(site.Build().Errors);
        Assert.Contains("default language", error.Message);
    }
}
