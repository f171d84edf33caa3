using SiteGen.Parse;

namespace SiteGen.Tests.Parse;

public class SlugsTests
{
    [Theory]
    [InlineData("Self Care!", "self-care")]
    [InlineData("  What to Do After a Relapse ", "what-to-do-after-a-relapse")]
    [InlineData("Über 12 Steps", "uber-12-steps")]
    public void Makes_url_safe_slugs(string text, string slug) => Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void Title_cases_a_slug() => Assert.Equal("Self Care", Slugs.TitleCase("self-care"));
}
