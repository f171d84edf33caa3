using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>One page of a test, with what it requested, dialogs it opened and errors it logged.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add(message.Text);
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    public ConcurrentBag<string> Requests { get; } = [];

    public ConcurrentBag<string> Dialogs { get; } = [];

    public ConcurrentBag<string> Errors { get; } = [];

    public ILocator Input => Page.Locator("#search-q");

    public ILocator Results => Page.Locator("#search-results > li");

    public ILocator Status => Page.Locator("#search-status");

    /// <summary>Types a query key by key, as a reader would, and waits for the status line to report it.</summary>
    public async Task TypeAsync(string query)
    {
        await Input.FillAsync("");
        await Input.PressSequentiallyAsync(query);
        await Assertions.Expect(Status).ToContainTextAsync("\u201c" + query.Trim() + "\u201d");
    }

    public async Task<IReadOnlyList<string>> ResultTitlesAsync() =>
        await Page.Locator("#search-results .search-result-title").AllTextContentsAsync();

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
