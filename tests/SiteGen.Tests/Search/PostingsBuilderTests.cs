using SiteGen.PostProcess.Search;
using SiteGen.Render.SearchSections;

namespace SiteGen.Tests.Search;

public sealed class PostingsBuilderTests
{
    /// <summary>Sections where "relapse" and "trust" occur with many different scores, many of them tied.</summary>
    private static List<SearchPage> Pages()
    {
        var random = new Random(7);
        var pages = new List<SearchPage>();
        for (var p = 0; p < 40; p++)
        {
            var sections = new List<SearchSection>();
            for (var s = 0; s < 6; s++)
            {
                // Few distinct shapes, so that many sections score alike and the cut falls inside a tie.
                var words = Enumerable.Repeat("relapse", random.Next(3) == 0 ? 1 + random.Next(4) : 0)
                    .Concat(Enumerable.Repeat("trust", random.Next(2)))
                    .Concat(Enumerable.Repeat("calm", random.Next(3) * 5));
                var url = $"/a{p}/#s{s}";
                sections.Add(s == 0
                    ? new SearchSection($"/a{p}/", SectionKind.Page, null, string.Join(' ', words))
                    : new SearchSection(url, s % 2 == 0 ? SectionKind.Heading : SectionKind.Faq, random.Next(4) == 0 ? "Relapse" : "Other", string.Join(' ', words)));
            }
            pages.Add(new SearchPage($"/a{p}/", p % 5 == 0 ? "Trust after a relapse" : "Letters", [], sections));
        }
        return pages;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50)]
    public void The_kept_postings_of_a_term_are_the_best_of_all_its_postings(int max)
    {
        var pages = Pages();
        var all = PostingsBuilder.Build(pages, int.MaxValue);
        var cut = PostingsBuilder.Build(pages, max);

        Assert.Equal(all.Keys, cut.Keys);
        foreach (var (term, postings) in all)
        {
            Assert.Equal(postings.Take(max), cut[term]);
        }
        Assert.InRange(all["relaps"].Length, 51, 200);
    }

    [Fact]
    public void Postings_run_best_first_and_ties_by_section()
    {
        var postings = PostingsBuilder.Build(Pages(), int.MaxValue)["relaps"];

        var expected = postings.OrderByDescending(p => p.Score).ThenBy(p => p.Section).ToList();
        Assert.Equal(expected, postings);
        Assert.True(postings.Select(p => p.Score).Distinct().Count() > 3, "scores must differ");
        Assert.True(postings.GroupBy(p => p.Score).Any(g => g.Count() > 1), "scores must tie");
    }

    [Fact]
    public void A_term_in_several_fields_of_a_section_is_one_posting_scoring_higher()
    {
        SearchPage Page(string url, string title) => new(url, title, [], [new SearchSection(url, SectionKind.Page, null, "relapse and more words here")]);
        var postings = PostingsBuilder.Build([Page("/a/", "Relapse"), Page("/b/", "Letters")], 10)["relaps"];

        Assert.Equal([0, 1], postings.Select(p => p.Section));
        Assert.True(postings[0].Score > postings[1].Score);
    }
}
