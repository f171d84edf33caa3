using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tittle", "title")]
    [InlineData("biuld", "build")]
    [InlineData("--verbos", "--verbose")]
    [InlineData("Title", "title")]
    public void A_close_misspelling_finds_the_name_meant(string typed, string meant) =>
        Assert.Equal(meant, Suggestions.Closest(typed, ["build", "serve", "title", "topics", "--verbose", "--quiet"]));

    [Theory]
    [InlineData("mood")]
    [InlineData("deploy")]
    [InlineData("t")]
    public void A_name_unlike_any_gets_no_suggestion(string typed) =>
        Assert.Null(Suggestions.Closest(typed, ["build", "serve", "title", "topics"]));

    [Fact]
    public void The_closest_of_several_wins() =>
        Assert.Equal("topics", Suggestions.Closest("topis", ["tonic", "topics"]));
}
