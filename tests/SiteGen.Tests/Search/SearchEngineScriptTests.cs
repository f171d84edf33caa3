using System.Text.Json;
using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// search-engine.js, run by node over an index written by <see cref="SearchIndexWriter"/>: the ranking
/// rules a reader notices (whole words first, every word of the query first, typos last).
/// </summary>
public sealed class SearchEngineScriptTests : IDisposable
{
    private const string RunQuery = """
        const fs = require("fs"), path = require("path");
        const engine = require(process.argv[1]);
        const root = process.argv[2];
        const read = url => Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, url.split("?")[0]), "utf8")));
        const index = engine.createIndex("", read);
        index.search(process.argv[3], { prefix: process.argv[4] === "typing", topic: process.argv[5] || null })
          .then(found => Promise.all(found.hits.map(h => index.section(h.section))))
          .then(sections => console.log(JSON.stringify(sections.map(s => s.url))));
        """;

    // The files a query reads, in the order asked, and the results with their snippets as shown.
    private const string RunQueryAndLog = """
        const fs = require("fs"), path = require("path");
        const engine = require(process.argv[1]);
        const root = process.argv[2];
        const asked = [];
        const read = url => { asked.push(url.split("?")[0]); return Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, url.split("?")[0]), "utf8"))); };
        const index = engine.createIndex("", read);
        const shown = (sections, found) => sections.map(s => s.url + " " + engine.snippet(s, found, 30).map(p => p.match ? "[" + p.text + "]" : p.text).join(""));
        index.search(process.argv[3], {}).then(async found => {
          const fromFirstPage = shown(await Promise.all(found.hits.map(h => index.section(h.section, found))), found);
          const files = asked.slice();
          const fromSections = shown(await Promise.all(found.hits.map(h => index.section(h.section))), found);
          console.log(JSON.stringify({ files, fromFirstPage, fromSections }));
        });
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitegen-engine-" + Guid.NewGuid().ToString("N"));

    public SearchEngineScriptTests()
    {
        (string, string)[] pages =
        [
            ("/a/", FixturePage.Article("Friends", "<p>Some friends are trustworthy from the start.</p>", topics: FixturePage.Topic("friends", "Friends"))),
            ("/b/", FixturePage.Article("Work", "<p>At work, trust grows slowly.</p>", topics: FixturePage.Topic("work", "Work"))),
            ("/c/", FixturePage.Article("Letters", "<p>A letter after a relapse can rebuild trust.</p><h2 id=\"more\">More</h2><p>Trust, trust and trust again.</p>")),
            ("/d/", FixturePage.Article("Apologies", "<p>An apology is a beginning.</p>")),
        ];
        WriteIndex(folder, pages);
        (string, string)[] many = [.. Enumerable.Range(0, 5).Select(i => ($"/m{i}/", FixturePage.Article($"Meetings {i}",
            $"<p>{string.Join(' ', Enumerable.Repeat("A long day.", i + 4))} Trust is rebuilt in small steps. {string.Join(' ', Enumerable.Repeat("Then more.", 10))}</p>")))];
        WriteIndex(Path.Combine(folder, "many"), many);
        WriteIndex(Path.Combine(folder, "unlisted"), many, new SearchIndexOptions { ListedFirstPages = 0 });
    }

    private static void WriteIndex(string root, (string, string)[] pages, SearchIndexOptions? options = null)
    {
        foreach (var file in SearchIndexWriter.Write(pages, options))
        {
            var full = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Content.ToArray());
        }
    }

    private string[] Search(string query, bool typing = false, string topic = "")
    {
        var output = NodeRunner.Run(RunQuery, RepoPaths.SearchScript("search-engine.js"), Path.Combine(folder, "search-index"), query, typing ? "typing" : "done", topic);
        return JsonSerializer.Deserialize<string[]>(output)!;
    }

    [NodeFact]
    public void A_whole_word_ranks_above_a_word_it_begins()
    {
        var results = Search("trust", typing: true);

        Assert.Contains("/a/", results);
        Assert.True(Array.IndexOf(results, "/b/") < Array.IndexOf(results, "/a/"), string.Join(", ", results));
    }

    [NodeFact]
    public void A_finished_word_does_not_match_as_a_prefix() =>
        Assert.DoesNotContain("/a/", Search("trust"));

    [NodeFact]
    public void Sections_with_every_word_come_before_those_with_some()
    {
        var results = Search("relapse trust");

        Assert.Equal("/c/", results[0]);
        Assert.Contains("/c/#more", results);
        Assert.True(Array.IndexOf(results, "/c/") < Array.IndexOf(results, "/c/#more"));
    }

    [NodeFact]
    public void A_typo_is_forgiven_in_long_words_only()
    {
        Assert.Equal(["/d/"], Search("apolgy"));
        Assert.Empty(Search("trst"));
    }

    [NodeFact]
    public void A_typo_in_the_letters_that_choose_the_shard_is_forgiven()
    {
        // "elapse" and "erlapse" are looked up in shard "e", "xrelapse" in none; "relapse" is in "r".
        Assert.Equal(["/c/"], Search("elapse"));
        Assert.Equal(["/c/"], Search("erlapse"));
        Assert.Equal(["/c/"], Search("xrelapse"));
        Assert.Equal(["/d/"], Search("pology"));
    }

    private (List<string?> Files, List<string> FromFirstPage, List<string> FromSections) SearchAndLog(string index, string query)
    {
        var log = JsonDocument.Parse(NodeRunner.Run(RunQueryAndLog, RepoPaths.SearchScript("search-engine.js"), Path.Combine(folder, index, "search-index"), query)).RootElement;
        List<string> Strings(string name) => log.GetProperty(name).EnumerateArray().Select(r => r.GetString()!).ToList();
        return (log.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList(), Strings("fromFirstPage"), Strings("fromSections"));
    }

    [NodeFact]
    public void A_word_the_manifest_lists_has_its_first_results_asked_for_beside_its_shard()
    {
        Assert.Equal(["/manifest.json", "/first/trust.json", "/terms/t.json"], SearchAndLog("many", "trusting").Files);
        // Not listed: the shard tells that the file exists, so it is asked for after.
        Assert.Equal(["/manifest.json", "/terms/t.json", "/first/trust.json"], SearchAndLog("unlisted", "trusting").Files);
    }

    [NodeFact]
    public void A_one_word_query_reads_its_first_results_from_one_file()
    {
        var (files, fromFirstPage, fromSections) = SearchAndLog("unlisted", "trusting");

        Assert.Equal(["/manifest.json", "/terms/t.json", "/first/trust.json"], files);
        Assert.Equal(5, fromFirstPage.Count);
        Assert.Equal("/m0/ \u2026 long day. A long day. A long day. [Trust] is rebuilt in small steps."
            + string.Concat(Enumerable.Repeat(" Then more.", 8)) + " \u2026", fromFirstPage[0]);
        // The snippets cut at build time are those the section files give.
        Assert.Equal(fromSections, fromFirstPage);
    }

    [NodeFact]
    public void A_query_of_stop_words_finds_nothing() => Assert.Empty(Search("what is it"));

    [NodeFact]
    public void The_topic_filter_keeps_pages_of_the_topic() => Assert.Equal(["/b/"], Search("trust", topic: "work"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
