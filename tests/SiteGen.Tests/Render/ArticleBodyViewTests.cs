using SiteGen.Render.Dependencies;
using SiteGen.Render.Templates;
using SiteGen.Render.Views;

namespace SiteGen.Tests.Render;

/// <summary>An article's body is kept compact: templates read it as a string, change tracking by what it is made from.</summary>
public sealed class ArticleBodyViewTests
{
    private static readonly SiteGen.Model.Article Trust = RenderSamples.Article("trust", 1, body: "<p>Small promises, kept — día a día.</p>");

    private static ArticleView View() =>
        SiteViews.Build(RenderSamples.Site(RenderSamples.Config(), [Trust]), new Dictionary<string, string>(), null).Of(Trust);

    [Fact]
    public void Templates_read_the_body_as_its_html()
    {
        Assert.True(ViewTypes.Members(typeof(ArticleView)).TryRead(View(), "body", out var body));

        Assert.Equal("<p>Small promises, kept — día a día.</p>", Assert.IsType<string>(body));
    }

    [Fact]
    public void Change_tracking_reads_the_compact_body_the_article_holds()
    {
        var type = ViewTypes.Members(typeof(ArticleView));

        Assert.True(type.TryReadTracked(View(), "body", out var tracked));
        Assert.Same(Trust.BodyHtml, tracked);
        Assert.Same(Trust.BodyHtml, type.TrackedValues(View()).Single(p => p.Key == "body").Value);
        Assert.True(type.TryReadTracked(View(), "title", out var title));
        Assert.Equal(View().Title, title);
    }

    [Fact]
    public void A_compact_body_is_fingerprinted_by_its_text()
    {
        var fingerprints = new ValueFingerprints(ViewIndex.Empty);

        Assert.Equal(fingerprints.Of(new SiteGen.Model.CompactText("<p>a</p>")), fingerprints.Of(new SiteGen.Model.CompactText("<p>a</p>")));
        Assert.NotEqual(fingerprints.Of(new SiteGen.Model.CompactText("<p>a</p>")), fingerprints.Of(new SiteGen.Model.CompactText("<p>b</p>")));
        Assert.NotEqual(fingerprints.Of(new SiteGen.Model.CompactText("<p>a</p>")), fingerprints.Of("<p>a</p>"));
    }
}
