using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.Cli.Serve;

namespace SiteGen.BrowserTests;

/// <summary>
/// sitegen serve's live preview in a real browser: an open page reloads when its article is saved,
/// and shows a failed rebuild's errors over the page until the file is fixed.
/// </summary>
public sealed class ServeReloadTests(BrowserSite browser) : IClassFixture<BrowserSite>, IAsyncLifetime
{
    private const string ArticlePath = "content/articles/trust.md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _log = new();
    private LivePreview? _preview;

    public async Task InitializeAsync()
    {
        if (browser.Browser is null) return;
        Write("content/site.yml", "title: Preview Test\nbase_url: https://example.org/\n");
        WriteArticle("date: 2025-01-01", "Trust returns through small promises kept.");
        _preview = await StartAsync(port: 0);
        if (_preview.Events.Builds == 1) return;
        // Clean up here: a test whose initialization failed may not be disposed.
        await _preview.DisposeAsync();
        Assert.Fail("the first build failed:\n" + _log);
    }

    [ChromiumFact]
    public async Task Saving_an_article_reloads_the_open_page()
    {
        await using var page = await OpenArticleAsync();
        await page.Page.EvaluateAsync("window.loadedBeforeTheEdit = true");

        WriteArticle("date: 2025-01-01", "Trust is rebuilt one kept promise at a time.");

        await Assertions.Expect(page.Page.Locator("div.article-body")).ToContainTextAsync("one kept promise", new() { Timeout = Millis(Patience) });
        Assert.Null(await page.Page.EvaluateAsync<bool?>("window.loadedBeforeTheEdit"));
        Assert.Empty(page.Errors);
        Assert.All(page.Requests, url => Assert.StartsWith(_preview!.Url.ToString(), url));
    }

    [ChromiumFact]
    public async Task A_failed_rebuild_shows_its_errors_as_text_until_the_file_is_fixed()
    {
        await using var page = await OpenArticleAsync();

        WriteArticle("date: \"<img src=x onerror=alert(1)>\"", "Trust returns through small promises kept.");
        var overlay = page.Page.Locator("#sitegen-error-overlay");
        await Assertions.Expect(overlay).ToContainTextAsync("trust.md:", new() { Timeout = Millis(Patience) });

        Assert.Contains("'date' is not a date: '<img src=x onerror=alert(1)>'", await overlay.InnerTextAsync());
        Assert.Equal(0, await overlay.Locator("img").CountAsync());
        Assert.Contains("Trust returns through small promises kept.", await page.Page.Locator("div.article-body").InnerTextAsync());

        await overlay.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Assertions.Expect(overlay).ToHaveCountAsync(0);

        WriteArticle("date: 2025-01-01", "Fixed at last.");
        await Assertions.Expect(page.Page.Locator("div.article-body")).ToContainTextAsync("Fixed at last.", new() { Timeout = Millis(Patience) });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.Empty(page.Dialogs);
    }

    [ChromiumFact]
    public async Task Saving_an_article_shows_what_the_checks_found_beside_it_until_it_is_fixed()
    {
        await using var page = await OpenArticleAsync();
        string reviewed = $"date: 2025-01-01\ndescription: Small promises.\nreviewed_by: Dr. A\nreviewed_on: {DateTime.UtcNow:yyyy-MM-dd}";

        WriteArticle(reviewed, "He was an addict for years.");
        var panel = page.Page.Locator("#sitegen-findings");
        await Assertions.Expect(panel).ToContainTextAsync("stigma-language", new() { Timeout = Millis(Patience) });

        // Opened by itself on the page just saved, and beside the page, not over it: the page stays usable.
        var toggle = panel.GetByRole(AriaRole.Button);
        // The panel is filled in, then opened: wait for the second step rather than read between them.
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = Millis(Patience) });
        Assert.Contains("Content check: 1 finding", await toggle.InnerTextAsync());
        Assert.Contains("trust.md:9:", await panel.InnerTextAsync());
        Assert.Contains("Instead: say: person with a substance use disorder", await panel.InnerTextAsync());
        await page.Page.Locator("div.article-body").ClickAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.False(await panel.Locator("ol").IsVisibleAsync());

        WriteArticle(reviewed, "He lived with a substance use disorder for years.");
        await Assertions.Expect(page.Page.Locator("div.article-body")).ToContainTextAsync("lived with", new() { Timeout = Millis(Patience) });
        await Assertions.Expect(panel).ToHaveCountAsync(0, new() { Timeout = Millis(Patience) });
        Assert.Empty(page.Errors);
    }

    [ChromiumFact]
    public async Task An_open_page_reconnects_to_a_restarted_server_and_reloads()
    {
        await using var page = await OpenArticleAsync();
        await page.Page.EvaluateAsync("window.loadedBeforeTheRestart = true");
        var port = _preview!.Url.Port;

        await _preview.DisposeAsync();
        WriteArticle("date: 2025-01-01", "Written while the server was down.");
        _preview = await StartAsync(port);

        await Assertions.Expect(page.Page.Locator("div.article-body")).ToContainTextAsync("while the server was down", new() { Timeout = Millis(Patience) });
        Assert.Null(await page.Page.EvaluateAsync<bool?>("window.loadedBeforeTheRestart"));
    }

    [ChromiumFact]
    public async Task Saving_an_article_leaves_open_pages_it_did_not_change_as_they_are()
    {
        Write("content/articles/amends.md", "---\ntitle: Making amends\ndate: 2024-06-01\ndescription: Deeds, not words.\ntopics: [amends]\n---\n\nAmends are made in deeds.\n");
        using (var timeout = new CancellationTokenSource(Patience))
            while (_preview!.Events.Builds < 2) await Task.Delay(20, timeout.Token);
        await using var trust = await OpenArticleAsync();
        await using var amends = await OpenAsync("articles/amends/", listening: 2);
        await amends.Page.EvaluateAsync("window.loadedBeforeTheEdit = true");
        // The test's own listener counts the notices the page's script receives too.
        await amends.Page.EvaluateAsync("window.notices = 0; new EventSource('/__sitegen/events').addEventListener('reload', () => window.notices++)");
        using (var timeout = new CancellationTokenSource(Patience))
            while (_preview!.Events.Pages < 3) await Task.Delay(20, timeout.Token);

        WriteArticle("date: 2025-01-01\ndescription: Small promises.", "Trust is rebuilt one kept promise at a time.");

        await Assertions.Expect(trust.Page.Locator("div.article-body")).ToContainTextAsync("one kept promise", new() { Timeout = Millis(Patience) });
        // The edited page, then the search page once its index follows: neither is this page.
        await amends.Page.WaitForFunctionAsync("window.notices >= 2", null, new() { Timeout = Millis(Patience) });
        await Task.Delay(300);
        Assert.True(await amends.Page.EvaluateAsync<bool?>("window.loadedBeforeTheEdit"));
        Assert.Empty(amends.Errors);
    }

    /// <summary>Opens the article and waits until its script listens for changes, so none is missed.</summary>
    private Task<BrowserPage> OpenArticleAsync() => OpenAsync("articles/trust/", listening: 1);

    /// <param name="listening">How many open pages listen to the preview once this one does.</param>
    private async Task<BrowserPage> OpenAsync(string path, int listening)
    {
        var context = await browser.Browser!.NewContextAsync();
        var page = new BrowserPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(new Uri(_preview!.Url, path).ToString());
        using var timeout = new CancellationTokenSource(Patience);
        while (_preview.Events.Pages < listening) await Task.Delay(20, timeout.Token);
        return page;
    }

    private async Task<LivePreview> StartAsync(int port)
    {
        var options = new ServeOptions { SourceFolder = Path.Combine(_root, "content"), Port = port, ThemeRoots = [Path.Combine(ThemePaths.Root, "themes")] };
        var log = TextWriter.Synchronized(_log);
        return await LivePreview.StartAsync(options, log, log);
    }

    private void WriteArticle(string dateLine, string body) =>
        Write(ArticlePath, $"---\ntitle: Rebuilding trust\n{dateLine}\n---\n\n{body}\n");

    private void Write(string path, string text)
    {
        string full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static float Millis(TimeSpan time) => (float)time.TotalMilliseconds;

    public async Task DisposeAsync()
    {
        if (_preview is not null) await _preview.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
