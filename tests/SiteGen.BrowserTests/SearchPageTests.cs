using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>The search page in headless Chromium, on the fixture site, as a reader uses it.</summary>
public sealed class SearchPageTests(FixtureBrowserSite site) : IClassFixture<FixtureBrowserSite>
{
    [ChromiumFact]
    public async Task A_stemmed_query_finds_other_forms_of_the_word()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("relapsing");

        Assert.Contains("What to say after a relapse", await tab.ResultTitlesAsync());
        await Expect(tab.Page.Locator("#search-results mark").First).ToHaveTextAsync(new Regex("^relaps", RegexOptions.IgnoreCase));
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_typo_of_one_letter_still_finds_the_word()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("resentmnt ");

        Assert.Contains("Forgiveness is not a deadline", await tab.ResultTitlesAsync());
    }

    [ChromiumFact]
    public async Task A_typo_in_the_first_letters_still_finds_the_word()
    {
        await using var tab = await site.OpenAsync("search/");

        // A letter left out, two letters swapped, a wrong letter: each at the start of the word.
        foreach (var typo in new[] { "elapse ", "erlapse ", "rlapse " })
        {
            await tab.TypeAsync(typo);
            Assert.Contains("What to say after a relapse", await tab.ResultTitlesAsync());
        }
        await tab.TypeAsync("voundaries ");
        Assert.Equal("Setting boundaries with someone you love", (await tab.ResultTitlesAsync())[0]);
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_search_opened_from_a_link_shows_its_results_from_three_index_files()
    {
        await using var tab = await site.OpenAsync("search/?q=relapse");
        await Expect(tab.Status).ToContainTextAsync("\u201crelapse\u201d");

        Assert.Equal("What to say after a relapse", (await tab.ResultTitlesAsync())[0]);
        await Expect(tab.Results.First.Locator(".search-result-snippet mark").First).ToHaveTextAsync(new Regex("^relapse", RegexOptions.IgnoreCase));
        // The manifest (a script, loaded with the page), the word's shard, and its file of first results: no file per result.
        var index = tab.Requests.Where(u => u.Contains("/search-index/")).Select(u => new Uri(u).AbsolutePath[(FixtureSite.BasePath + "search-index/").Length..]);
        Assert.Equal(["first/relaps.json", "manifest.js", "terms/r.json"], index.Order(StringComparer.Ordinal));
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_word_being_typed_matches_as_a_prefix()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("forgiv");

        Assert.Equal("Forgiveness is not a deadline", (await tab.ResultTitlesAsync())[0]);
    }

    [ChromiumFact]
    public async Task A_faq_answer_is_a_result_of_its_own_linking_to_its_question()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("treatment failed");

        var first = tab.Results.First;
        await Expect(first.Locator("a")).ToHaveAttributeAsync("href", FixtureSite.BasePath + "articles/after-a-relapse/#faq-is-relapse-failure");
        await Expect(first.Locator(".search-result-heading")).ToHaveTextAsync("Does a relapse mean treatment failed?");
        await Expect(first.Locator(".search-result-kind")).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task A_heading_result_links_to_the_heading_anchor()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("letter");

        await Expect(tab.Results.First.Locator("a")).ToHaveAttributeAsync("href", FixtureSite.BasePath + "articles/son-wont-talk/#letters");
    }

    [ChromiumFact]
    public async Task The_topic_filter_keeps_only_pages_of_that_topic()
    {
        await using var tab = await site.OpenAsync("search/?q=relapse");
        await Expect(tab.Status).ToContainTextAsync("results");
        Assert.Contains("Rebuilding trust after addiction", await tab.ResultTitlesAsync());
        Assert.Contains("What to say after a relapse", await tab.ResultTitlesAsync());

        await tab.Page.Locator("#search-topic").SelectOptionAsync("trust");
        await Expect(tab.Results).ToHaveCountAsync(1);
        Assert.Equal(["Rebuilding trust after addiction"], await tab.ResultTitlesAsync());
        Assert.Contains("topic=trust", tab.Page.Url);
    }

    [ChromiumFact]
    public async Task Index_text_is_shown_as_text_and_never_runs()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("naloxone");

        Assert.Equal([FixtureSite.XssTitle], await tab.ResultTitlesAsync());
        await Expect(tab.Page.Locator("#search-results img")).ToHaveCountAsync(0);
        Assert.Empty(tab.Dialogs);
    }

    [ChromiumFact]
    public async Task Arrow_keys_move_through_results_and_escape_clears()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("relapse");
        var links = tab.Page.Locator("#search-results a.search-result-link");
        Assert.True(await links.CountAsync() >= 2);

        await tab.Input.PressAsync("ArrowDown");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(links.Nth(1)).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await Expect(tab.Input).ToBeFocusedAsync();

        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(tab.Input).ToHaveValueAsync("");
        await Expect(tab.Results).ToHaveCountAsync(0);
    }

    [ChromiumFact]
    public async Task Enter_on_a_result_opens_its_section()
    {
        await using var tab = await site.OpenAsync("search/");
        await tab.TypeAsync("letter");
        await tab.Input.PressAsync("ArrowDown");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/articles/son-wont-talk/#letters$"));
    }

    [ChromiumFact]
    public async Task The_query_is_in_the_url_and_the_back_button_restores_it()
    {
        await using var tab = await site.OpenAsync("search/?q=trust");
        await Expect(tab.Input).ToHaveValueAsync("trust");
        await Expect(tab.Status).ToContainTextAsync("\u201ctrust\u201d");

        await tab.Input.FillAsync("boundaries");
        await tab.Input.PressAsync("Enter");
        await Expect(tab.Status).ToContainTextAsync("\u201cboundaries\u201d");
        Assert.EndsWith("search/?q=boundaries", tab.Page.Url);

        await tab.Page.GoBackAsync();
        await Expect(tab.Input).ToHaveValueAsync("trust");
        await Expect(tab.Status).ToContainTextAsync("\u201ctrust\u201d");
        Assert.Contains("Rebuilding trust after addiction", await tab.ResultTitlesAsync());
    }

    [ChromiumFact]
    public async Task Typing_a_new_query_keeps_the_one_opened_from_a_link_one_step_back()
    {
        await using var tab = await site.OpenAsync("search/?q=trust");
        await Expect(tab.Status).ToContainTextAsync("\u201ctrust\u201d");

        // Results while typing come before Enter: the typed query must not replace the linked one.
        await tab.Input.FillAsync("boundaries");
        await Expect(tab.Status).ToContainTextAsync("\u201cboundaries\u201d");
        await tab.Input.PressAsync("Enter");
        Assert.EndsWith("search/?q=boundaries", tab.Page.Url);

        await tab.Page.GoBackAsync();
        await Expect(tab.Input).ToHaveValueAsync("trust");
        Assert.EndsWith("search/?q=trust", tab.Page.Url);
    }

    [ChromiumFact]
    public async Task Results_are_announced_in_a_live_region()
    {
        await using var tab = await site.OpenAsync("search/");
        await Expect(tab.Status).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(tab.Page.GetByLabel("Search for")).ToBeVisibleAsync();
        await tab.TypeAsync("amends");

        await Expect(tab.Status).ToHaveTextAsync(new Regex(@"^\d+ results? for “amends”"));
        await tab.TypeAsync("zebra");
        await Expect(tab.Status).ToContainTextAsync("No results");
    }

    [ChromiumFact]
    public async Task A_one_word_query_fetches_the_manifest_one_shard_and_the_results_shown_only()
    {
        await using var tab = await site.OpenAsync("search/?q=trust");
        await Expect(tab.Status).ToContainTextAsync("\u201ctrust\u201d");

        var index = tab.Requests.Where(u => u.Contains("/search-index/")).ToList();
        Assert.All(tab.Requests, url => Assert.StartsWith(site.Server.Origin + "/", url));
        Assert.Single(index, u => u.Contains("/manifest.js"));
        Assert.Single(index, u => u.Contains("/terms/"));
        // Results of one page mostly share a section file, which is fetched once.
        var sectionFiles = index.Where(u => u.Contains("/sections/")).ToList();
        Assert.InRange(sectionFiles.Count, 1, await tab.Results.CountAsync());
        Assert.Equal(sectionFiles.Count, sectionFiles.Distinct().Count());
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task Without_javascript_the_page_points_to_the_topics()
    {
        await using var tab = await site.OpenAsync("search/", javaScript: false);

        await Expect(tab.Page.Locator(".search-noscript")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator(".search-noscript a")).ToHaveAttributeAsync("href", FixtureSite.BasePath + "topics/");
        await Expect(tab.Page.Locator("form.search-page-form")).ToBeHiddenAsync();
    }
}
