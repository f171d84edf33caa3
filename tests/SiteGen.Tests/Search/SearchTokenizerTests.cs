using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Splits_on_punctuation_and_lowers_case() =>
        Assert.Equal(["what", "do", "i", "say", "after", "a", "relapse"], SearchTokenizer.Words("What do I say—after a RELAPSE?"));

    [Fact]
    public void Drops_apostrophes_inside_words() =>
        Assert.Equal(["my", "son", "wont", "talk", "sons", "dont"], SearchTokenizer.Words("My son won't talk; son’s don't"));

    [Fact]
    public void Keeps_numbers_and_letters_beyond_ascii() =>
        Assert.Equal(["12", "steps", "café", "naïve"], SearchTokenizer.Words("12 steps, café & naïve"));

    [Fact]
    public void Skips_runs_too_long_to_be_words()
    {
        var longRun = new string('x', SearchTokenizer.MaxWordLength + 1);
        Assert.Equal(["before", "after"], SearchTokenizer.Words($"before {longRun} after"));
    }

    [Fact]
    public void Stop_words_are_dropped_before_stemming() =>
        Assert.Equal(["say", "relaps"], new TermCache(SearchLanguage.English).Analyze("What do I say after a relapse"));

    [Fact]
    public void A_query_of_stop_words_only_leaves_nothing() =>
        Assert.Empty(new TermCache(SearchLanguage.English).Analyze("what should I do"));
}
