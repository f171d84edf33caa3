using SiteGen.Cli.Serve;
using SiteGen.Tests.Render;
using SiteGen.Write;

namespace SiteGen.Tests.Serve;

public class SitePathsTests : IDisposable
{
    private readonly TempFolder _site = new TempFolder()
        .Write("index.html", "home")
        .Write("articles/trust/index.html", "trust")
        .Write("assets/css/site.css", "css")
        .Write(OutputSafety.MarkerFileName, OutputSafety.MarkerText);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/trust/", "articles/trust/index.html")]
    [InlineData("/assets/css/site.css", "assets/css/site.css")]
    public void Paths_name_files_and_folders_name_their_index(string url, string file) =>
        Assert.Equal(new SiteTarget.File(_site.Path(file)), SitePaths.Resolve(_site.Root, url));

    [Fact]
    public void A_folder_without_its_slash_is_sent_to_the_folder_url() =>
        Assert.Equal(new SiteTarget.Folder("/articles/trust/"), SitePaths.Resolve(_site.Root, "/articles/trust"));

    [Theory]
    [InlineData("/articles/")]
    [InlineData("/articles/none/")]
    [InlineData("/assets/css/site.css/")]
    [InlineData("/../" + "outside.txt")]
    [InlineData("/articles/../../outside.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/" + OutputSafety.MarkerFileName)]
    public void Anything_else_is_missing(string url)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site.Root)!, "outside.txt"), "secret");
        Assert.IsType<SiteTarget.Missing>(SitePaths.Resolve(_site.Root, url));
    }

    [Theory]
    [InlineData("/", new[] { "index.html" })]
    [InlineData("/articles/new/", new[] { "articles/new/index.html" })]
    [InlineData("/articles/new", new[] { "articles/new", "articles/new/index.html" })]
    [InlineData("/../outside.txt", new string[0])]
    [InlineData("/" + OutputSafety.MarkerFileName, new string[0])]
    public void A_request_stands_for_the_files_it_would_be_answered_from(string url, string[] files) =>
        Assert.Equal(files, SitePaths.OutputPathsOf(url));

    public void Dispose() => _site.Dispose();
}
