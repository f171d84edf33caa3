using SiteGen.Build;

namespace SiteGen.BrowserTests;

/// <summary>The repository's sample site (content/), built by SiteGen with the default theme, in the browser.</summary>
public sealed class SampleBrowserSite : BrowserSite
{
    protected override string? BasePath => "/";

    protected override void WriteSite(string folder)
    {
        var result = new SiteBuilder().Build(new BuildOptions
        {
            SourceFolder = Path.Combine(ThemePaths.Root, "content"),
            OutputFolder = folder,
            BaseUrl = "http://127.0.0.1/",
        });
        if (!result.Succeeded) throw new InvalidOperationException("the sample site did not build:\n" + string.Join('\n', result.Errors));
    }
}
