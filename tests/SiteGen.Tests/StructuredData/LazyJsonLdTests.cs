using SiteGen.Render.Views;

namespace SiteGen.Tests.StructuredData;

/// <summary>An article's structured data is made when its page reads it and let go once the page is rendered.</summary>
public sealed class LazyJsonLdTests
{
    private static PageInfoView Info(Func<string?>? source = null, string? jsonLd = null) => new()
    {
        Kind = "article",
        Title = "Rebuilding trust",
        Description = "Small promises kept.",
        Url = "/articles/trust/",
        CanonicalUrl = "https://example.org/articles/trust/",
        JsonLdSource = source,
        JsonLd = jsonLd,
    };

    [Fact]
    public void Is_made_on_first_read_once_until_forgotten_then_made_again()
    {
        int made = 0;
        var info = Info(() => $"{{\"n\":{++made}}}");
        Assert.Equal(0, made);

        Assert.Equal("{\"n\":1}", info.JsonLd);
        Assert.Equal("{\"n\":1}", info.JsonLd);
        Assert.Equal(1, made);

        info.ForgetJsonLd();
        Assert.Equal("{\"n\":2}", info.JsonLd);
    }

    [Fact]
    public void Data_given_as_it_is_is_kept()
    {
        var info = Info(jsonLd: "{\"@type\":\"WebSite\"}");
        info.ForgetJsonLd();

        Assert.Equal("{\"@type\":\"WebSite\"}", info.JsonLd);
    }
}
