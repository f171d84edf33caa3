using System.Net;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>The live preview as sitegen serve runs it, on a free loopback port, fetched over HTTP.</summary>
public sealed class LivePreviewTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SiteFixture _site = SiteFixture.Create(
        SiteFixture.Article("trust", "Trust returns through small promises kept."),
        SiteFixture.Article("boundaries", "Boundaries protect the relationship.", "draft: true"));
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Patience };
    private LivePreview _preview = null!;

    public async Task InitializeAsync()
    {
        var options = new ServeOptions { SourceFolder = _site.Content, Port = 0, ThemeRoots = [SiteFixture.RepositoryThemes] };
        _preview = await LivePreview.StartAsync(options, TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr));
        if (_preview.Events.Builds == 1) return;
        // Clean up here: a test whose initialization failed may not be disposed.
        await _preview.DisposeAsync();
        _site.Dispose();
        Assert.Fail("the first build failed:\n" + _stderr);
    }

    [Fact]
    public async Task Serves_pretty_urls_with_the_live_script_and_nothing_cached()
    {
        using var page = await GetAsync("/articles/trust/");
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("Trust returns through small promises kept.", html);
        // The script reloads the page when a rebuild changes the file it was served from.
        Assert.EndsWith(LiveScript.TagFor(["articles/trust/index.html"]) + "</body>", html[..(html.LastIndexOf("</body>", StringComparison.Ordinal) + "</body>".Length)]);
        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        Assert.Null(page.Headers.ETag);
        Assert.Null(page.Content.Headers.LastModified);
        Assert.Null(page.Content.Headers.Expires);
    }

    [Fact]
    public async Task A_folder_url_without_its_slash_redirects_to_it()
    {
        using var page = await GetAsync("/articles/trust?from=menu");

        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.Equal("/articles/trust/?from=menu", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404()
    {
        using var page = await GetAsync("/articles/no-such-article/");
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        // It reloads when the missing page appears, or when the 404 page itself changes.
        Assert.Equal(LiveScript.InsertInto(File.ReadAllText(Path.Combine(_preview.SiteFolder, "404.html")), ["articles/no-such-article/index.html", "404.html"]), html);
    }

    [Fact]
    public async Task Drafts_are_previewed()
    {
        using var page = await GetAsync("/articles/boundaries/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Boundaries protect the relationship.", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_keep_their_type_and_get_no_script()
    {
        string css = Directory.EnumerateFiles(_preview.SiteFolder, "*.css", SearchOption.AllDirectories).First();
        using var response = await GetAsync("/" + Path.GetRelativePath(_preview.SiteFolder, css).Replace('\\', '/'));

        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(css), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_live_script_is_served_by_the_server()
    {
        using var script = await GetAsync(LiveScript.ScriptPath);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Equal(LiveScript.Bytes.ToArray(), await script.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Editing_an_article_reloads_its_page_first_then_the_other_pages_it_changed()
    {
        using var events = await OpenEventsAsync();
        var hello = await events.NextAsync(Patience);
        Assert.Equal("hello", hello.Name);
        Assert.Equal(1, JsonDocument.Parse(hello.Data).RootElement.GetProperty("version").GetInt32());

        _site.Write("content/articles/trust.md", "---\ntitle: Article trust\ndate: 2025-01-01\n---\n\nTrust is rebuilt one kept promise at a time.\n");
        var first = JsonDocument.Parse((await events.NextNamedAsync("reload", Patience)).Data).RootElement;

        Assert.Equal(2, first.GetProperty("version").GetInt32());
        Assert.Equal(["articles/trust/index.html"], first.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        using (var page = await GetAsync("/articles/trust/"))
            Assert.Contains("Trust is rebuilt one kept promise at a time.", await page.Content.ReadAsStringAsync());
        // The home page lists the article with its opening words: it reloads next, and the article's page not again.
        var rest = JsonDocument.Parse((await events.NextNamedAsync("reload", Patience)).Data).RootElement;
        var pages = rest.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("index.html", pages);
        Assert.DoesNotContain("articles/trust/index.html", pages);
        using (var home = await GetAsync("/"))
            Assert.Contains("Trust is rebuilt one kept promise at a time.", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Saving_an_article_shows_its_findings_in_the_terminal_and_on_its_page()
    {
        using var events = await OpenEventsAsync("articles/trust/index.html");
        // The page is told its findings as it connects: the fixture's article has no review and no description.
        var before = JsonDocument.Parse((await events.NextNamedAsync("findings", Patience)).Data).RootElement;
        Assert.False(before.GetProperty("edited").GetBoolean());
        Assert.Contains(before.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "medical-review");

        string reviewed = $"description: Small promises.\nreviewed_by: Dr. A\nreviewed_on: {DateTime.UtcNow:yyyy-MM-dd}\n";
        _site.Write("content/articles/trust.md", $"---\ntitle: Article trust\ndate: 2025-01-01\n{reviewed}---\n\nHe was an addict for years.\n");
        var after = JsonDocument.Parse((await events.NextNamedAsync("findings", Patience)).Data).RootElement;

        Assert.True(after.GetProperty("edited").GetBoolean());
        var finding = Assert.Single(after.GetProperty("findings").EnumerateArray());
        Assert.Equal("stigma-language", finding.GetProperty("rule").GetString());
        Assert.Equal((9, 11), (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        Assert.EndsWith("content/articles/trust.md", finding.GetProperty("file").GetString());
        Assert.Equal("say: person with a substance use disorder", finding.GetProperty("suggestion").GetString());
        await WaitForAsync(() => _stdout.ToString().Contains("content/articles/trust.md: 1 finding of the content checks"));
        Assert.Contains("content/articles/trust.md:9:11: warning: [stigma-language] 'addict'", _stderr.ToString());

        _site.Write("content/articles/trust.md", $"---\ntitle: Article trust\ndate: 2025-01-01\n{reviewed}---\n\nHe lived with a substance use disorder for years.\n");
        var fixedUp = JsonDocument.Parse((await events.NextNamedAsync("findings", Patience)).Data).RootElement;
        Assert.Empty(fixedUp.GetProperty("findings").EnumerateArray());
        await WaitForAsync(() => _stdout.ToString().Contains("content/articles/trust.md: no findings of the content checks"));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition()) await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public async Task A_broken_article_sends_its_errors_keeps_the_last_good_site_and_fixing_it_reloads()
    {
        using var events = await OpenEventsAsync();
        await events.NextNamedAsync("hello", Patience);

        _site.Write("content/articles/trust.md", "---\ntitle: Article trust\n---\n\nNo date.\n");
        var errors = await events.NextNamedAsync("errors", Patience);

        var error = Assert.Single(JsonDocument.Parse(errors.Data).RootElement.EnumerateArray());
        Assert.EndsWith("content/articles/trust.md", error.GetProperty("file").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Contains("'date' is missing", error.GetProperty("message").GetString());
        Assert.Contains("content/articles/trust.md:1:1: 'date' is missing", _stderr.ToString());
        using (var page = await GetAsync("/articles/trust/"))
            Assert.Contains("Trust returns through small promises kept.", await page.Content.ReadAsStringAsync());

        // A page opened while the site is broken is told the errors as soon as it connects.
        using (var late = await OpenEventsAsync())
        {
            await late.NextNamedAsync("hello", Patience);
            Assert.Equal(errors.Data, (await late.NextAsync(Patience)).Data);
        }

        _site.Write("content/articles/trust.md", "---\ntitle: Article trust\ndate: 2025-01-01\n---\n\nFixed.\n");
        await events.NextNamedAsync("reload", Patience);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1.attacker.example")]
    public async Task A_request_for_another_host_name_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_preview.Url, "/articles/trust/"));
        request.Headers.Host = $"{host}:{_preview.Url.Port}";
        using var page = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, page.StatusCode);
        Assert.DoesNotContain("Trust returns", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Loopback_names_are_answered()
    {
        foreach (string host in new[] { "localhost", "127.0.0.1", "[::1]" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_preview.Url, "/articles/trust/"));
            request.Headers.Host = $"{host}:{_preview.Url.Port}";
            using var page = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path) => await _http.GetAsync(new Uri(_preview.Url, path));

    /// <param name="page">The output path of the page the stream is for, as the live script names it; null for none.</param>
    private async Task<EventStreamReader> OpenEventsAsync(string? page = null)
    {
        string query = page is null ? "" : "?page=" + Uri.EscapeDataString(page);
        var response = await _http.GetAsync(new Uri(_preview.Url, LiveScript.EventsPath + query), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new EventStreamReader(await response.Content.ReadAsStreamAsync());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _preview.DisposeAsync();
        _site.Dispose();
        Assert.False(Directory.Exists(_preview.SiteFolder), "the preview's folder was left behind");
    }
}
