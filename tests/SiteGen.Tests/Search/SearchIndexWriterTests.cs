using System.Text;
using System.Text.Json;
using SiteGen.PostProcess.Search;
using SiteGen.Write;
using SiteGen.Render.SearchSections;

namespace SiteGen.Tests.Search;

public sealed class SearchIndexWriterTests
{
    private static readonly (string Url, string Html)[] Site =
    [
        ("/blog/articles/relapse/", FixturePage.Article("After a relapse", "<p>What comes next.</p><h2 id=\"words\">First words</h2><p>Say you are glad they told you.</p>",
            FixturePage.Faq("faq-failure", "Is a relapse a failure?", "No."), FixturePage.Topic("relapse", "Relapse"))),
        ("/blog/articles/trust/", FixturePage.Article("Rebuilding trust", "<p>Small promises.</p><h2 id=\"relapse\">Trust after a relapse</h2><p>Smaller promises still.</p>",
            topics: FixturePage.Topic("trust", "Trust") + FixturePage.Topic("relapse", "Relapse"))),
        ("/blog/articles/letters/", FixturePage.Article("Writing letters", "<p>A letter can be read twice. It mentions a relapse once in passing, in a long paragraph about letters and phone calls and waiting.</p>",
            topics: FixturePage.Topic("family", "Family"))),
        ("/blog/", "<html><body><main><ul class=\"article-list\"></ul></main></body></html>"),
    ];

    private static Dictionary<string, OutputFile> WriteSite(SearchIndexOptions? options = null) =>
        SearchIndexWriter.Write(Site, options).ToDictionary(f => f.Path);

    private static JsonElement Json(OutputFile file) => JsonDocument.Parse(file.Content).RootElement;

    [Fact]
    public void The_same_pages_give_the_same_bytes()
    {
        var first = SearchIndexWriter.Write(Site);
        var second = SearchIndexWriter.Write(Site.Reverse().ToArray());

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Many_section_files_come_in_id_order_and_the_build_id_covers_every_file_but_the_manifest()
    {
        var pages = Enumerable.Range(0, 60).Select(i => ($"/blog/articles/a{i:D2}/", FixturePage.Article($"Article {i}",
            string.Concat(Enumerable.Range(0, 5).Select(s => $"<h2 id=\"s{s}\">Part {s}</h2><p>Words of part {s} in article {i}.</p>"))))).ToArray();

        var files = SearchIndexWriter.Write(pages, new SearchIndexOptions { SectionsPerFile = 1 });

        var sectionFiles = files.Where(f => f.Path.StartsWith("search-index/sections/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Equal(Enumerable.Range(0, 360).Select(n => $"search-index/sections/{n / SearchIndexWriter.FilesPerFolder}/{n}.json"), sectionFiles);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files.Where(f => !f.Path.StartsWith("search-index/manifest.", StringComparison.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(file.Content.Span);
        }
        var manifest = Json(files.Single(f => f.Path == "search-index/manifest.json"));
        Assert.Equal(Convert.ToHexStringLower(hash.GetHashAndReset())[..12], manifest.GetProperty("build").GetString());
        Assert.Equal(["search-index/manifest.json", "search-index/manifest.js"], files.TakeLast(2).Select(f => f.Path));
    }

    [Fact]
    public void The_manifest_lists_shards_stop_words_and_topics()
    {
        var files = WriteSite();
        var manifest = Json(files["search-index/manifest.json"]);

        Assert.Equal(3, manifest.GetProperty("pages").GetInt32());
        Assert.Equal(["family", "relapse", "trust"], manifest.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Contains("the", manifest.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()));
        foreach (var key in manifest.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!))
        {
            Assert.True(files.ContainsKey($"search-index/terms/{key}.json"), key);
        }
        var typoKeys = manifest.GetProperty("typos").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.NotEmpty(typoKeys);
        Assert.Equal(typoKeys.Select(k => $"search-index/typos/{k}.json").Order(), files.Keys.Where(p => p.Contains("/typos/")).Order());
    }

    [Fact]
    public void The_typo_table_leads_from_a_word_less_its_first_letter_to_the_shard_of_the_word()
    {
        var files = WriteSite(new SearchIndexOptions { ShardByteLimit = 40, TypoByteLimit = 40 });
        var manifest = Json(files["search-index/manifest.json"]);
        var typoKeys = manifest.GetProperty("typos").EnumerateArray().Select(k => k.GetString()!).ToList();
        var shardKeys = manifest.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!).ToList();

        var table = Json(files[$"search-index/typos/{typoKeys.Where("elaps".StartsWith).MaxBy(k => k.Length)}.json"]);
        var shard = table.GetProperty("elaps").EnumerateArray().Single().GetString()!;

        Assert.Equal(shardKeys.Where("relaps".StartsWith).MaxBy(k => k.Length), shard);
        Assert.True(Json(files[$"search-index/terms/{shard}.json"]).TryGetProperty("relaps", out _));
    }

    [Fact]
    public void Sections_files_hold_what_a_result_shows()
    {
        var files = WriteSite();
        var faq = Sections(files).Single(j => j.GetProperty("kind").GetString() == "faq");

        Assert.Equal("/blog/articles/relapse/#faq-failure", faq.GetProperty("url").GetString());
        Assert.Equal("After a relapse", faq.GetProperty("title").GetString());
        Assert.Equal("Is a relapse a failure?", faq.GetProperty("heading").GetString());
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(4, 2)]
    [InlineData(8, 1)]
    public void Sections_are_written_in_runs_of_the_configured_size(int perFile, int expectedFiles)
    {
        var files = WriteSite(new SearchIndexOptions { SectionsPerFile = perFile });

        Assert.Equal(expectedFiles, files.Keys.Count(p => p.StartsWith("search-index/sections/", StringComparison.Ordinal)));
        Assert.Equal(6, Sections(files).Count);
        Assert.Equal(Sections(WriteSite(new SearchIndexOptions { SectionsPerFile = 1 })).Select(s => s.GetRawText()), Sections(files).Select(s => s.GetRawText()));
    }

    [Fact]
    public void A_title_match_outscores_a_heading_match_which_outscores_a_body_match()
    {
        var files = WriteSite();
        var postings = Postings(files, "relaps");
        var urls = SectionUrls(files);

        var title = postings.Single(p => urls[p.Section] == "/blog/articles/relapse/").Score;
        var heading = postings.Single(p => urls[p.Section] == "/blog/articles/trust/#relapse").Score;
        var body = postings.Single(p => urls[p.Section] == "/blog/articles/letters/").Score;
        Assert.True(title > heading && heading > body, $"title {title}, heading {heading}, body {body}");
    }

    [Fact]
    public void A_faq_question_outscores_body_text()
    {
        var files = WriteSite();
        var urls = SectionUrls(files);
        var postings = Postings(files, "failur");

        Assert.Equal("/blog/articles/relapse/#faq-failure", urls[postings[0].Section]);
        Assert.True(postings[0].Score > Postings(files, "relaps").Single(p => urls[p.Section] == "/blog/articles/letters/").Score);
    }

    [Fact]
    public void Postings_are_best_first_and_cut_at_the_limit()
    {
        var files = WriteSite(new SearchIndexOptions { MaxPostingsPerTerm = 2 });
        var postings = Postings(files, "relaps");

        Assert.Equal(2, postings.Count);
        Assert.True(postings[0].Score >= postings[1].Score);
    }

    [Fact]
    public void Topic_files_list_the_pages_of_each_topic()
    {
        var files = WriteSite();
        var relapse = Json(files["search-index/topics/relapse.json"]).EnumerateArray().Select(e => e.GetInt32()).ToList();

        // Pages are numbered in URL order: letters, relapse, trust.
        Assert.Equal([1, 2], relapse);
    }

    [Fact]
    public void Large_shards_are_split_by_longer_prefixes()
    {
        var files = WriteSite(new SearchIndexOptions { ShardByteLimit = 40 });
        var keys = Json(files["search-index/manifest.json"]).GetProperty("shards").EnumerateArray().Select(k => k.GetString()!).ToList();

        Assert.Contains(keys, k => k.Length > 1);
        Assert.All(files.Values.Where(f => f.Path.Contains("/terms/")), f => Assert.True(
            f.Content.Length <= 40 || Json(f).EnumerateObject().Count() == 1, f.Path + " is over the limit with more than one term"));
    }

    [Fact]
    public void Pages_parsed_elsewhere_give_the_same_index_as_their_html()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var fromDocuments = SearchIndexWriter.Write(Site.Select(p => SectionExtractor.Extract(p.Url, parser.ParseDocument(p.Html))));
        var fromHtml = SearchIndexWriter.Write(Site);

        Assert.Equal(fromHtml.Select(f => f.Path), fromDocuments.Select(f => f.Path));
        Assert.All(fromHtml.Zip(fromDocuments), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Theory]
    [InlineData("index.html", "/blog/")]
    [InlineData("articles/trust/index.html", "/blog/articles/trust/")]
    [InlineData("legacy.html", "/blog/legacy.html")]
    public void Pages_of_a_build_are_indexed_under_their_pretty_urls(string outputPath, string url) =>
        Assert.Equal(url, SearchIndexWriter.PageUrl("/blog/", outputPath));

    [Fact]
    public void Only_the_html_files_of_a_build_are_read()
    {
        OutputFile[] build =
        [
            OutputFile.FromText("articles/relapse/index.html", Site[0].Html),
            OutputFile.FromText("assets/css/site.css", "body { color: red }"),
        ];

        var files = SearchIndexWriter.Write(build, "/blog/").ToDictionary(f => f.Path);

        Assert.Equal(1, Json(files["search-index/manifest.json"]).GetProperty("pages").GetInt32());
        Assert.Equal("/blog/articles/relapse/", SectionUrls(files)[0]);
    }

    private static List<(int Section, int Score)> Postings(Dictionary<string, OutputFile> files, string term)
    {
        var shard = files.Values.Where(f => f.Path.Contains("/terms/")).Select(Json)
            .Single(j => j.TryGetProperty(term, out _));
        var flat = shard.GetProperty(term).EnumerateArray().Select(e => e.GetInt32()).ToList();
        return flat.Chunk(3).Select(p => (p[0], p[1])).ToList();
    }

    /// <summary>Every section by id, read as the browser reads them: file id / sectionsPerFile, entry id % sectionsPerFile.</summary>
    private static List<JsonElement> Sections(Dictionary<string, OutputFile> files)
    {
        var manifest = Json(files["search-index/manifest.json"]);
        var perFile = manifest.GetProperty("sectionsPerFile").GetInt32();
        var perFolder = manifest.GetProperty("filesPerFolder").GetInt32();
        var count = manifest.GetProperty("sections").GetInt32();
        return Enumerable.Range(0, count)
            .Select(id => Json(files[$"search-index/sections/{id / perFile / perFolder}/{id / perFile}.json"])[id % perFile])
            .ToList();
    }

    private static Dictionary<int, string> SectionUrls(Dictionary<string, OutputFile> files) =>
        Sections(files).Select((s, id) => (s, id)).ToDictionary(x => x.id, x => x.s.GetProperty("url").GetString()!);
}
