using System.Text;
using SiteGen.Model;
using SiteGen.Render.Assets;

namespace SiteGen.Tests.Render.Assets;

public sealed class ThemeAssetsTests
{
    private static readonly SiteConfig Config = new() { Title = "T", BaseUrl = "https://example.org/help/" };

    private static ThemeAssets Of(params (string Path, string Text)[] files) =>
        ThemeAssets.From(files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList(), Config);

    [Fact]
    public void Stylesheets_and_scripts_get_their_content_hash_in_the_name_and_the_url()
    {
        var assets = Of(("css/site.css", "body{}"), ("js/search.js", "run()"));
        string cssHash = ContentHash.Of(Encoding.UTF8.GetBytes("body{}"));

        Assert.Equal([$"css/site.{cssHash}.css", $"js/search.{ContentHash.Of(Encoding.UTF8.GetBytes("run()"))}.js"], assets.Files.Select(f => f.Path));
        Assert.Equal($"/help/css/site.{cssHash}.css", assets.Urls["css/site.css"]);
    }

    [Fact]
    public void Other_assets_keep_their_names()
    {
        var assets = Of(("favicon.svg", "<svg/>"), ("images/calm.png", "png"));

        Assert.Equal(["favicon.svg", "images/calm.png"], assets.Files.Select(f => f.Path));
        Assert.Equal("/help/favicon.svg", assets.Urls["favicon.svg"]);
    }

    [Fact]
    public void Changing_a_stylesheet_changes_its_name()
    {
        Assert.NotEqual(Of(("css/site.css", "a{}")).Urls["css/site.css"], Of(("css/site.css", "b{}")).Urls["css/site.css"]);
    }
}
