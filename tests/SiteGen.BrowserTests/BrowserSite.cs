using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The fixture site written to a temporary folder, served on 127.0.0.1, and one headless Chromium
/// (the system's, never a downloaded one) shared by the tests of a class.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitegen-search-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private StaticFileServer? server;

    public IBrowser? Browser { get; private set; }

    public StaticFileServer Server => server ?? throw new InvalidOperationException("the site is not served");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath)) return;
        FixtureSite.WriteTo(folder);
        server = new StaticFileServer(folder, FixtureSite.BasePath);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page that records every request and fails on dialogs (an injected alert).</summary>
    public async Task<BrowserPage> OpenAsync(string sitePath, bool javaScript = true)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        var session = new BrowserPage(context, page);
        await page.GotoAsync(Server.Url(sitePath));
        return session;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
