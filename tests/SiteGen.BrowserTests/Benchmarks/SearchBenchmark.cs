using System.IO.Compression;
using Microsoft.Playwright;
using SiteGen.Build;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests.Benchmarks;

/// <summary>
/// Bytes a browser fetches for a one-word query and the time to its first results, on a make-corpus
/// site built by SiteGen with the default theme (docs/search.md has the figures and the command). Figures are reported, not asserted: only
/// what must hold on any machine is checked (results found, only the needed index files fetched).
/// </summary>
public sealed class SearchBenchmark(ITestOutputHelper output)
{
    private static readonly string[] Queries = ["relapse", "trust", "boundaries", "forgiveness", "sobriety", "listening", "apology", "routine"];

    [BenchmarkFact]
    public async Task One_word_queries_on_a_corpus_site()
    {
        var corpus = Environment.GetEnvironmentVariable(BenchmarkFactAttribute.CorpusVariable)!;
        var work = Path.Combine(Path.GetTempPath(), "sitegen-search-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var site = Path.Combine(work, "site");
            var result = new SiteBuilder().Build(new BuildOptions
            {
                SourceFolder = CorpusContent(corpus, Path.Combine(work, "content")),
                OutputFolder = site,
                BaseUrl = "http://127.0.0.1/",
                ThemeRoots = [Path.Combine(ThemePaths.Root, "themes")],
            });
            Assert.True(result.Succeeded, string.Join('\n', result.Errors.Take(10)));
            var search = result.Timings.Single(t => t.Stage == "search");
            var index = new DirectoryInfo(Path.Combine(site, "search-index")).GetFiles("*", SearchOption.AllDirectories);
            var shards = index.Where(f => f.Directory!.Name == "terms").ToList();
            Report($"corpus {corpus}: {result.PageCount} pages built in {result.Elapsed.TotalSeconds:F1} s; search stage {search.Elapsed.TotalSeconds:F1} s "
                + $"({search.ProcessorTime.TotalSeconds:F1} s CPU); index {index.Length} files, {index.Sum(f => f.Length) / 1024.0 / 1024.0:F1} MiB, "
                + $"{shards.Count} term shards, largest {shards.Max(f => f.Length) / 1024.0:F1} KiB");

            await using var server = new StaticFileServer(site, "/");
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            Report("| query | results | index files | index KiB (gzip) | page KiB (gzip) | total KiB (gzip) | typed → first result ms | typed → all shown ms | link → first result ms |");
            Report("|---|---|---|---|---|---|---|---|---|");
            foreach (var query in Queries) await MeasureAsync(browser, server, query);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A content folder of the corpus's articles and a minimal site.yml (make-corpus writes articles only).</summary>
    private static string CorpusContent(string corpus, string content)
    {
        var articles = Directory.CreateDirectory(Path.Combine(content, "articles")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "articles"), "*.md")) File.Copy(file, Path.Combine(articles, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Search benchmark\nbase_url: http://127.0.0.1/\nlanguage: en\ntheme: default\n");
        return content;
    }

    private async Task MeasureAsync(IBrowser browser, StaticFileServer server, string query)
    {
        // Typed: the page is open (manifest loaded), the reader enters a word and presses Enter.
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, r) => responses.Add(r);
        await page.GotoAsync(server.Url("search/"));
        await Expect(page.Locator("#search-topic option").Nth(1)).ToBeAttachedAsync();
        // Set without an input event: typing would run prefix searches that fetch the same files first.
        await page.Locator("#search-q").EvaluateAsync("(field, q) => field.value = q", query);
        await page.Locator("#search-q").PressAsync("Enter");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("\u201c" + query + "\u201d");
        var typedFirstMs = await page.EvaluateAsync<double>("performance.getEntriesByName('sitegen-search-first').pop().duration");
        var typedAllMs = await page.EvaluateAsync<double>("performance.getEntriesByName('sitegen-search').pop().duration");
        var results = await page.Locator("#search-results > li").CountAsync();
        var (indexFiles, indexBytes, indexGzip) = await SizesAsync(responses.Where(r => r.Url.Contains("/search-index/")));
        var (_, pageBytes, pageGzip) = await SizesAsync(responses.Where(r => !r.Url.Contains("/search-index/")));
        await context.CloseAsync();

        Assert.True(results > 0, $"no results for {query}");
        // The manifest, one shard, and at most one section file per result (results of a page share one).
        Assert.InRange(indexFiles, 3, 1 + 1 + results);

        // Linked: /search/?q=word opened cold; time from navigation start to results shown.
        var linked = await browser.NewContextAsync();
        var linkedPage = await linked.NewPageAsync();
        await linkedPage.GotoAsync(server.Url("search/?q=" + query));
        await Expect(linkedPage.Locator("#search-status")).ToContainTextAsync("\u201c" + query + "\u201d");
        var linkMs = await linkedPage.EvaluateAsync<double>("(() => { const m = performance.getEntriesByName('sitegen-search-first').pop(); return m.startTime + m.duration; })()");
        await linked.CloseAsync();

        Report($"| {query} | {results} | {indexFiles} | {indexBytes / 1024.0:F1} ({indexGzip / 1024.0:F1}) | {pageBytes / 1024.0:F1} ({pageGzip / 1024.0:F1}) "
            + $"| {(indexBytes + pageBytes) / 1024.0:F1} ({(indexGzip + pageGzip) / 1024.0:F1}) | {typedFirstMs:F0} | {typedAllMs:F0} | {linkMs:F0} |");
    }

    private static async Task<(int Files, long Bytes, long Gzip)> SizesAsync(IEnumerable<IResponse> responses)
    {
        int files = 0;
        long bytes = 0, gzip = 0;
        foreach (var response in responses.ToList())
        {
            var body = await response.BodyAsync();
            files++;
            bytes += body.Length;
            gzip += GzipLength(body);
        }
        return (files, bytes, gzip);
    }

    private static long GzipLength(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(body);
        return buffer.Length;
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("SITEGEN_SEARCH_BENCH_REPORT") is { Length: > 0 } report) File.AppendAllText(report, line + "\n");
    }
}
