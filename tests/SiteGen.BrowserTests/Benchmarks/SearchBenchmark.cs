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

    // A letter left out at the start, a wrong first letter, a letter left out in the third place.
    private static readonly string[] Typos = ["elapse", "fobriety", "bondaries"];

    [BenchmarkFact]
    public async Task One_word_queries_on_a_corpus_site()
    {
        var corpus = Environment.GetEnvironmentVariable(BenchmarkFactAttribute.CorpusVariable)!;
        var work = Path.Combine(Path.GetTempPath(), "sitegen-search-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            // SITEGEN_SEARCH_BENCH_SITE keeps the built site in a folder and serves it again on later runs,
            // so runs to compare measure the browser only (delete the folder after changing the build or theme).
            var kept = Environment.GetEnvironmentVariable("SITEGEN_SEARCH_BENCH_SITE");
            var site = kept is { Length: > 0 } ? kept : Path.Combine(work, "site");
            if (File.Exists(Path.Combine(site, "search", "index.html"))) Report($"corpus {corpus}: site {site} served again");
            else Build(corpus, Path.Combine(work, "content"), site);
            var index = new DirectoryInfo(Path.Combine(site, "search-index")).GetFiles("*", SearchOption.AllDirectories);
            var shards = index.Where(f => f.Directory!.Name == "terms").ToList();
            Report($"index {index.Length} files, {index.Sum(f => f.Length) / 1024.0 / 1024.0:F1} MiB, {shards.Count} term shards, largest {shards.Max(f => f.Length) / 1024.0:F1} KiB");

            await using var server = new StaticFileServer(site, "/");
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            Report("| query | results | index files | index KiB (gzip) | page KiB (gzip) | total KiB (gzip) | typed → first result ms | typed → all shown ms | link → first result ms | link: scripts run ms | link: search ms |");
            Report("|---|---|---|---|---|---|---|---|---|---|---|");
            var measures = new List<Measure>();
            foreach (var query in Queries) measures.Add(await MeasureAsync(browser, server, query));
            Report($"| median of the words | | | {Median(measures.Select(m => (double)m.IndexBytes)) / 1024.0:F1} | | {Median(measures.Select(m => (double)(m.IndexBytes + m.PageBytes))) / 1024.0:F1} "
                + $"| {Median(measures.Select(m => m.TypedFirstMs)):F0} | {Median(measures.Select(m => m.TypedAllMs)):F0} | {Median(measures.Select(m => m.LinkMs)):F0} "
                + $"| {Median(measures.Select(m => m.LinkRunMs)):F0} | {Median(measures.Select(m => m.LinkMs - m.LinkRunMs)):F0} |");
            Report("");
            Report("| typo | results | index files | index KiB (gzip) | page KiB (gzip) | total KiB (gzip) | typed → first result ms | typed → all shown ms | link → first result ms | link: scripts run ms | link: search ms |");
            Report("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var query in Typos) await MeasureAsync(browser, server, query);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private void Build(string corpus, string content, string site)
    {
        var result = new SiteBuilder().Build(new BuildOptions
        {
            SourceFolder = CorpusContent(corpus, content),
            OutputFolder = site,
            BaseUrl = "http://127.0.0.1/",
            ThemeRoots = [Path.Combine(ThemePaths.Root, "themes")],
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Errors.Take(10)));
        var search = result.Timings.Single(t => t.Stage == "search");
        Report($"corpus {corpus}: {result.PageCount} pages built in {result.Elapsed.TotalSeconds:F1} s; search stage {search.Elapsed.TotalSeconds:F1} s "
            + $"({search.ProcessorTime.TotalSeconds:F1} s CPU)");
    }

    /// <summary>A content folder of the corpus's articles and a minimal site.yml (make-corpus writes articles only).</summary>
    private static string CorpusContent(string corpus, string content)
    {
        var articles = Directory.CreateDirectory(Path.Combine(content, "articles")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "articles"), "*.md")) File.Copy(file, Path.Combine(articles, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Search benchmark\nbase_url: http://127.0.0.1/\nlanguage: en\ntheme: default\n");
        return content;
    }

    /// <summary>Measures a query several times (SITEGEN_SEARCH_BENCH_RUNS, default 3) and reports the median times.</summary>
    private async Task<Measure> MeasureAsync(IBrowser browser, StaticFileServer server, string query)
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_SEARCH_BENCH_RUNS"), out var n) && n > 0 ? n : 3;
        var measures = new List<Measure>();
        for (var run = 0; run < runs; run++) measures.Add(await MeasureOnceAsync(browser, server, query));
        var m = measures[0] with
        {
            TypedFirstMs = Median(measures.Select(x => x.TypedFirstMs)),
            TypedAllMs = Median(measures.Select(x => x.TypedAllMs)),
            LinkMs = Median(measures.Select(x => x.LinkMs)),
            LinkRunMs = Median(measures.Select(x => x.LinkRunMs)),
        };
        Report($"| {query} | {m.Results} | {m.IndexFiles} | {m.IndexBytes / 1024.0:F1} ({m.IndexGzip / 1024.0:F1}) | {m.PageBytes / 1024.0:F1} ({m.PageGzip / 1024.0:F1}) "
            + $"| {(m.IndexBytes + m.PageBytes) / 1024.0:F1} ({(m.IndexGzip + m.PageGzip) / 1024.0:F1}) | {m.TypedFirstMs:F0} | {m.TypedAllMs:F0} | {m.LinkMs:F0} "
            + $"| {m.LinkRunMs:F0} | {m.LinkMs - m.LinkRunMs:F0} |");
        if (Environment.GetEnvironmentVariable("SITEGEN_SEARCH_BENCH_TRACE") is { Length: > 0 })
        {
            foreach (var x in measures) Report($"trace {query}: {x.Trace}");
        }
        return m;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Measure(int Results, int IndexFiles, long IndexBytes, long IndexGzip, long PageBytes, long PageGzip,
        double TypedFirstMs, double TypedAllMs, double LinkMs, double LinkRunMs, string Trace);

    private static async Task<Measure> MeasureOnceAsync(IBrowser browser, StaticFileServer server, string query)
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
        // The manifest, one shard, and one file of first results or at most one section file per result
        // (results of a page share one); a typo in the first letters adds the typo table and another shard.
        Assert.InRange(indexFiles, 3, 1 + 1 + results + 4);

        // Linked: /search/?q=word opened cold; time from navigation start to results shown.
        var linked = await browser.NewContextAsync();
        var linkedPage = await linked.NewPageAsync();
        await linkedPage.GotoAsync(server.Url("search/?q=" + query));
        await Expect(linkedPage.Locator("#search-status")).ToContainTextAsync("\u201c" + query + "\u201d");
        var linkMs = await linkedPage.EvaluateAsync<double>("(() => { const m = performance.getEntriesByName('sitegen-search-first').pop(); return m.startTime + m.duration; })()");
        // When search.js started the search: the part before is the page itself (HTML, styles, scripts).
        var linkRunMs = await linkedPage.EvaluateAsync<double>("performance.getEntriesByName('sitegen-search').pop().startTime");
        var trace = await linkedPage.EvaluateAsync<string>(TraceScript);
        await linked.CloseAsync();
        return new Measure(results, indexFiles, indexBytes, indexGzip, pageBytes, pageGzip, typedFirstMs, typedAllMs, linkMs, linkRunMs, trace);
    }

    /// <summary>Where a cold link's time went: the HTML, each file fetched (start-end), and the search run, in ms from navigation start.</summary>
    private const string TraceScript = """
        (() => {
          const n = performance.getEntriesByType('navigation')[0];
          const r = performance.getEntriesByType('resource').map(e => e.name.replace(/^.*\/\/[^/]+/, '').replace(/\?.*$/, '') + ' ' + e.startTime.toFixed(0) + '-' + e.responseEnd.toFixed(0));
          const s = performance.getEntriesByName('sitegen-search').pop();
          return 'html ' + n.responseEnd.toFixed(0) + ', interactive ' + n.domInteractive.toFixed(0) + ', dcl ' + n.domContentLoadedEventEnd.toFixed(0)
            + ', run ' + s.startTime.toFixed(0) + '-' + (s.startTime + s.duration).toFixed(0) + ' | ' + r.join(', ');
        })()
        """;

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
