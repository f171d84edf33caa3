using System.Net;
using AngleSharp.Html.Parser;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>The live preview shows an edited image on save.</summary>
public sealed class ImagePreviewTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SiteFixture _site = SiteFixture.Create(SiteFixture.Article("garden", "![The garden](../images/garden.jpg)"))
        .WriteBytes("content/images/garden.jpg", TestImages.Jpeg(400, 300));
    private readonly HttpClient _http = new() { Timeout = Patience };
    private LivePreview _preview = null!;

    public async Task InitializeAsync()
    {
        var options = new ServeOptions { SourceFolder = _site.Content, Port = 0, ThemeRoots = [SiteFixture.RepositoryThemes] };
        _preview = await LivePreview.StartAsync(options, TextWriter.Null, TextWriter.Null);
    }

    [Fact]
    public async Task An_edited_image_is_shown_with_its_new_size_after_the_reload()
    {
        var stream = await _http.GetAsync(new Uri(_preview.Url, LiveScript.EventsPath), HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync());
        await events.NextNamedAsync("hello", Patience);
        Assert.Equal("400", await ImageWidthAsync());

        _site.WriteBytes("content/images/garden.jpg", TestImages.Jpeg(320, 480));
        await events.NextNamedAsync("reload", Patience);

        Assert.Equal("320", await ImageWidthAsync());
    }

    private async Task<string?> ImageWidthAsync()
    {
        string html = await _http.GetStringAsync(new Uri(_preview.Url, "/articles/garden/"));
        var img = new HtmlParser().ParseDocument(html).QuerySelector("article img")!;
        using var file = await _http.GetAsync(new Uri(_preview.Url, img.GetAttribute("src")));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        return img.GetAttribute("width");
    }

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
