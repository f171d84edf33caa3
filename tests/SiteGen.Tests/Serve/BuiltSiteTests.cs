using SiteGen.Cli.Serve;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

public class BuiltSiteTests
{
    [Fact]
    public void A_built_site_contains_no_live_reload_script()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("trust"), SiteFixture.Article("draft", frontMatter: "draft: true"));

        var run = SiteGenProcess.Start(site.Root, "build", "--drafts");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("articles/trust/index.html", site.OutputFiles());
        foreach (string file in site.OutputFiles())
            Assert.DoesNotContain(LiveScript.Prefix, site.ReadOutput(file));
    }
}
