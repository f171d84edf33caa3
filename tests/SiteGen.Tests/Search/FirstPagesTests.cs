using System.Text.Json;
using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class FirstPagesTests
{
    [Fact]
    public void Results_are_ranked_by_score_then_section_with_at_most_three_of_a_page()
    {
        Posting[] postings =
        [
            new(Section: 9, Score: 50, Page: 1), new(0, 80, 0), new(1, 70, 0), new(2, 70, 0), new(3, 60, 0), new(7, 70, 2),
        ];

        var ranked = FirstPages.Ranked(postings, count: 10).Select(p => p.Section);

        Assert.Equal([0, 1, 2, 7, 9], ranked);
    }

    [Fact]
    public void Ranking_stops_at_the_page_size()
    {
        var postings = Enumerable.Range(0, 30).Select(i => new Posting(i, 100 - i, i)).ToArray();

        Assert.Equal(Enumerable.Range(0, 10), FirstPages.Ranked(postings, count: 10).Select(p => p.Section));
    }

    [Fact]
    public void A_term_with_enough_results_gets_a_file_of_what_its_first_results_show()
    {
        var pages = Enumerable.Range(0, 12).Select(i => ($"/a{i:00}/", FixturePage.Article($"Article {i}",
            $"<p>{string.Join(' ', Enumerable.Repeat("Words before the match.", i + 3))} Trust grows. {string.Join(' ', Enumerable.Repeat("And after it.", 12))}</p>")));
        var files = SearchIndexWriter.Write(pages.ToArray(), new SearchIndexOptions { FirstPageSize = 5 }).ToDictionary(f => f.Path);

        var first = JsonDocument.Parse(files["search-index/first/trust.json"].Content).RootElement.EnumerateArray().ToList();

        Assert.Equal(5, first.Count);
        // Shorter sections score higher: the articles with the fewest words come first.
        Assert.Equal(["/a00/", "/a01/", "/a02/", "/a03/", "/a04/"], first.Select(r => r.GetProperty("url").GetString()));
        Assert.Equal("Article 0", first[0].GetProperty("title").GetString());
        Assert.Contains("Trust grows.", first[0].GetProperty("text").GetString());
        Assert.Equal(3, first[0].GetProperty("cut").GetInt32());
        Assert.True(files.ContainsKey("search-index/first/articl.json"));
    }

    [Fact]
    public void The_manifest_lists_the_terms_with_the_most_results_in_term_order()
    {
        var postings = new Dictionary<string, Posting[]>
        {
            ["relaps"] = Postings(9, score: 10),
            ["trust"] = Postings(9, score: 20),
            ["amend"] = Postings(5, score: 10),
            ["walk"] = Postings(7, score: 10),
            ["rare"] = Postings(2, score: 90),
        };

        var listed = FirstPages.Listed(postings, new SearchIndexOptions { ListedFirstPages = 3 });

        Assert.Equal(["relaps", "trust", "walk"], listed);
        Assert.Equal(["amend", "relaps", "trust", "walk"], FirstPages.Listed(postings, new SearchIndexOptions()));
    }

    private static Posting[] Postings(int count, int score) => Enumerable.Range(0, count).Select(i => new Posting(i, score, i)).ToArray();

    [Fact]
    public void Terms_with_few_results_get_no_file()
    {
        (string, string)[] pages = [("/a/", FixturePage.Article("Trust", "<p>Naloxone saves lives.</p>")), ("/b/", FixturePage.Article("Trust again", "<p>Slowly.</p>"))];

        var files = SearchIndexWriter.Write(pages, new SearchIndexOptions { FirstPageMinResults = 2 }).Select(f => f.Path).ToList();

        Assert.Contains("search-index/first/trust.json", files);
        Assert.DoesNotContain("search-index/first/naloxon.json", files);
    }
}
