using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// One headless Chromium (the system's, never a downloaded one) shared by the tests of a class and,
/// in subclasses, the site they visit: written to a temporary folder and served on 127.0.0.1 under
/// its base path.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private StaticFileServer? server;

    public IBrowser? Browser { get; private set; }

    public StaticFileServer Server => server ?? throw new InvalidOperationException("this fixture serves no site");

    /// <summary>The path the site is served under ('/' at both ends), or null to serve none.</summary>
    protected virtual string? BasePath => null;

    /// <summary>Writes the whole site, search index included, to <paramref name="siteFolder"/>.</summary>
    protected virtual void WriteSite(string siteFolder)
    {
    }

    /// <summary>The server of the written site: by default one whose policy forbids inline code, to prove none is needed.</summary>
    protected virtual StaticFileServer Serve(string siteFolder, string basePath) => new(siteFolder, basePath);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath)) return;
        if (BasePath is { } basePath)
        {
            WriteSite(folder);
            server = Serve(folder, basePath);
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page of the served site that records requests, dialogs and errors.</summary>
    public async Task<BrowserPage> OpenAsync(string sitePath, bool javaScript = true)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        var session = new BrowserPage(context, await context.NewPageAsync());
        await session.Page.GotoAsync(Server.Url(sitePath));
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
