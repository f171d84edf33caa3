using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>Old WordPress addresses with a query (/?p=12), which no file can answer, reach their new pages in the browser.</summary>
public sealed class OldAddressTests(OldAddressBrowserSite site) : IClassFixture<OldAddressBrowserSite>
{
    [ChromiumFact]
    public async Task A_post_address_on_the_home_page_leads_to_its_article()
    {
        await using var tab = await site.OpenAsync("?p=12");

        await Expect(tab.Page).ToHaveURLAsync(site.Server.Url("articles/rebuilding-trust/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Rebuilding trust");
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_page_address_on_a_path_with_no_page_leads_on_from_the_404_page_whatever_else_the_query_holds()
    {
        await using var tab = await site.OpenAsync("index.php?utm_source=newsletter&page_id=7");

        await Expect(tab.Page).ToHaveURLAsync(site.Server.Url("about/"));
        // The host answered the old address with 404, which the browser logs; nothing else went wrong.
        Assert.All(tab.Errors, error => Assert.Contains("404", error));
    }

    [ChromiumFact]
    public async Task An_unknown_query_stays_on_the_home_page()
    {
        await using var tab = await site.OpenAsync("?p=999");
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        await Expect(tab.Page).ToHaveURLAsync(new Regex(Regex.Escape(site.Server.Url("?p=999")) + "$"));
        Assert.Contains(tab.Requests, url => url.EndsWith("/query-redirects.json", StringComparison.Ordinal));
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task The_home_page_without_a_query_fetches_no_map()
    {
        await using var tab = await site.OpenAsync("");
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.DoesNotContain(tab.Requests, url => url.Contains("query-redirects", StringComparison.Ordinal));
        Assert.Empty(tab.Errors);
    }
}
