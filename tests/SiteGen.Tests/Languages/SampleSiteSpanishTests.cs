using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Languages;

/// <summary>The sample site's Spanish edition, as `sitegen build` publishes it.</summary>
public sealed class SampleSiteSpanishTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "sitegen-sample-es-" + Guid.NewGuid().ToString("N"));

    public SampleSiteSpanishTests()
    {
        var result = new SiteBuilder().Build(new BuildOptions { SourceFolder = Path.Combine(SiteFixture.RepositoryRoot, "content"), OutputFolder = _output });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, path)));

    [Fact]
    public void Four_spanish_articles_are_published_two_of_them_translations_of_english_ones()
    {
        var articles = Directory.GetDirectories(Path.Combine(_output, "es", "articles")).Select(path => Path.GetFileName(path)).ToList();
        Assert.True(articles.Count >= 4, string.Join(", ", articles));
        var translated = articles.Where(a => Html($"es/articles/{a}/index.html").QuerySelector("link[rel=alternate][hreflang=en]") is not null).ToList();
        Assert.True(translated.Count >= 2, string.Join(", ", translated));
        foreach (string article in articles)
            Assert.Equal("es", Html($"es/articles/{article}/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_body_faq_under_preguntas_frecuentes_is_on_the_spanish_faq_page()
    {
        var faq = Html("es/faq/familia/index.html");
        Assert.Contains(faq.QuerySelectorAll("h2, h3, summary, dt"), e => e.TextContent.Contains("¿Tengo que decir mi nombre?"));
        Assert.DoesNotContain("Tengo que decir", File.ReadAllText(Path.Combine(_output, "faq", "index.html")));
    }
}
