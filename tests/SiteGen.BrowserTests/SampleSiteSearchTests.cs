using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>Search on the sample site as `sitegen build` writes it: templates, assets and index together.</summary>
public sealed class SampleSiteSearchTests(SampleBrowserSite site) : IClassFixture<SampleBrowserSite>
{
    [ChromiumFact]
    public async Task The_search_box_of_an_article_leads_to_results()
    {
        await using var tab = await site.OpenAsync("articles/rebuilding-trust/");
        await tab.Page.Locator("header form.search-box input[name=q]").FillAsync("relapsing");
        await tab.Page.Locator("header form.search-box input[name=q]").PressAsync("Enter");

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/search/\\?q=relapsing$"));
        await Expect(tab.Status).ToContainTextAsync("\u201crelapsing\u201d");
        Assert.Equal("What to Do After a Relapse", (await tab.ResultTitlesAsync())[0]);
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_faq_question_of_the_sample_site_is_found_with_its_anchor()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("how long to rebuild trust");

        var faq = tab.Page.Locator("#search-results a[href='/articles/rebuilding-trust/#faq-how-long-does-it-take-to-rebuild-trust']");
        await Expect(faq).ToHaveCountAsync(1);
    }

    [ChromiumFact]
    public async Task The_topic_filter_uses_the_sites_topics()
    {
        await using var tab = await site.OpenAsync("search/?q=trust");
        await Expect(tab.Status).ToContainTextAsync("\u201ctrust\u201d");
        Assert.Contains("/articles/rebuilding-trust/", await ResultPathsAsync(tab));

        await tab.Page.Locator("#search-topic").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Relapse and setbacks" });
        await Expect(tab.Page).ToHaveURLAsync(new Regex("topic=relapse$"));
        await Expect(tab.Results.First).ToBeVisibleAsync();
        // The filtered list replaces the first one as the search runs again: wait for it before reading it.
        await Expect(tab.Page.Locator("#search-results a.search-result-link[href='/articles/rebuilding-trust/']")).ToHaveCountAsync(0);

        var filtered = await ResultPathsAsync(tab);
        Assert.DoesNotContain("/articles/rebuilding-trust/", filtered);
        Assert.DoesNotContain("/about/", filtered);
    }

    [ChromiumFact]
    public async Task The_spanish_search_finds_a_word_typed_without_its_accent()
    {
        await using var tab = await site.OpenAsync("es/search/");
        await tab.TypeAsync("recaida");

        Assert.Contains("Reconstruir la confianza después de la adicción", await tab.ResultTitlesAsync());
        await Expect(tab.Page.Locator("#search-results mark").First).ToHaveTextAsync(new Regex("^reca[ií]da", RegexOptions.IgnoreCase));
        await Expect(tab.Status).ToContainTextAsync(new Regex("resultados? para"));
        Assert.All(await ResultPathsAsync(tab), path => Assert.StartsWith("/es/", path));
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task The_spanish_search_finds_other_forms_of_a_word_by_its_stem()
    {
        await using var tab = await site.OpenAsync("es/search/");
        // "hablábamos" is in no article: "hablan", "hablar" and "hablamos" share its stem.
        await tab.TypeAsync("hablábamos");

        Assert.Contains("Cuando en casa se hablan dos idiomas", await tab.ResultTitlesAsync());
        await Expect(tab.Page.Locator("#search-results mark").First).ToHaveTextAsync(new Regex("^habl", RegexOptions.IgnoreCase));
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task The_english_search_does_not_list_spanish_articles()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("confianza");

        await Expect(tab.Status).ToContainTextAsync("No results");
        Assert.Empty(await ResultPathsAsync(tab));
    }

    private static async Task<string[]> ResultPathsAsync(BrowserPage tab) =>
        await tab.Page.Locator("#search-results a.search-result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
}
