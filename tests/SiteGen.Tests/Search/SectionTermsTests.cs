using SiteGen.PostProcess.Search;
using SiteGen.Render.SearchSections;

namespace SiteGen.Tests.Search;

public sealed class SectionTermsTests
{
    [Fact]
    public void Each_field_gives_back_its_terms_with_their_counts_and_length()
    {
        var cache = new TermCache(SearchLanguage.English);
        var section = new SearchSection("/a/", "why", SectionKind.Heading, "Trust trust boundaries", "Trust grows. Letters, letters, letters and trust.");

        var terms = SectionTerms.Of("Page title", section, cache, new SectionTerms.Scratch());

        Dictionary<string, int> Counts(SearchField field)
        {
            var counts = new Dictionary<string, int>();
            foreach (var (id, count) in terms.Counts(field)) counts.Add(cache.Term(id), count);
            return counts;
        }
        // The page's title counts only for the page's own section.
        Assert.Empty(Counts(SearchField.Title));
        Assert.Equal(0, terms.Length(SearchField.Title));
        Assert.Equal(new Dictionary<string, int> { ["trust"] = 2, ["boundari"] = 1 }, Counts(SearchField.Heading));
        Assert.Equal(3, terms.Length(SearchField.Heading));
        Assert.Empty(Counts(SearchField.Question));
        Assert.Equal(new Dictionary<string, int> { ["trust"] = 2, ["grow"] = 1, ["letter"] = 3 }, Counts(SearchField.Body));
        Assert.Equal(6, terms.Length(SearchField.Body));
    }
}
