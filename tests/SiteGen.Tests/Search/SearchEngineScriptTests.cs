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
        foreach (var file in SearchIndexWriter.Write(pages))
        {
            var full = Path.Combine(folder, file.Path);
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
    public void A_query_of_stop_words_finds_nothing() => Assert.Empty(Search("what is it"));

    [NodeFact]
    public void The_topic_filter_keeps_pages_of_the_topic() => Assert.Equal(["/b/"], Search("trust", topic: "work"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
