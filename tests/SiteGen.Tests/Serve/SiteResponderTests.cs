using System.Text;
using Microsoft.AspNetCore.Http;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Render;
using SiteGen.Write;

namespace SiteGen.Tests.Serve;

/// <summary>The preview's answers from the built site and from the pages a rebuild rendered ahead of it.</summary>
public sealed class SiteResponderTests : IDisposable
{
    private readonly TempFolder _site = new TempFolder()
        .Write("index.html", "<body>home</body>")
        .Write("articles/trust/index.html", "<body>trust as built</body>")
        .Write("404.html", "<body>not found</body>");
    private readonly PendingPages _pending = new();

    [Fact]
    public async Task A_page_rendered_ahead_is_served_until_the_rebuild_has_written_it()
    {
        _pending.Show([OutputFile.FromText("articles/trust/index.html", "<body>trust as edited</body>")]);

        Assert.Equal("<body>trust as edited" + LiveScript.TagFor(["articles/trust/index.html"]) + "</body>", await GetAsync("/articles/trust/"));
        Assert.StartsWith("<body>home", await GetAsync("/"));

        _pending.Clear();
        Assert.StartsWith("<body>trust as built", await GetAsync("/articles/trust/"));
    }

    [Fact]
    public async Task A_new_page_rendered_ahead_is_served_before_it_is_on_disk()
    {
        _pending.Show([OutputFile.FromText("articles/new/index.html", "<body>a new article</body>")]);

        Assert.StartsWith("<body>a new article", await GetAsync("/articles/new/"));
        _pending.Clear();
        Assert.StartsWith("<body>not found", await GetAsync("/articles/new/"));
    }

    private async Task<string> GetAsync(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        await new SiteResponder(_site.Root, _pending).RespondAsync(context);
        return Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
    }

    public void Dispose() => _site.Dispose();
}
