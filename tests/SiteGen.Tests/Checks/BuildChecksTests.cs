using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>The content checks inside sitegen build and sitegen serve's rebuilds.</summary>
public class BuildChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static SiteFixture Site(string siteYml = SiteFixture.DefaultSiteYml) => SiteFixture.Create(
        ("content/site.yml", siteYml),
        CheckFixture.Article("a", "He was an addict."),
        CheckFixture.Article("b", "Small promises, kept.", "title: Keeping promises\n"));

    [Fact]
    public void A_build_prints_the_findings_as_warnings_at_their_places_by_default()
    {
        using var site = Site();
        var result = site.BuildOk(o => o with { Now = Now });

        var warning = Assert.Single(result.Warnings, w => w.CheckRule is not null && w.CheckRule != "metadata");
        Assert.Equal("stigma-language", warning.CheckRule);
        Assert.Equal((9, 11), (warning.Line, warning.Column));
        Assert.EndsWith("articles/a.md", warning.File);
        Assert.StartsWith("[stigma-language] 'addict'", warning.Message);
        // Both fixture articles have the same description: a finding in each.
        Assert.Equal(["articles/a.md", "articles/b.md"], result.Findings.Where(f => f.Rule == "metadata").Select(f => f.File));
        Assert.Equal(3, result.Warnings.Count(w => w.CheckRule is not null));
    }

    [Fact]
    public void Checks_can_be_left_out_of_builds_or_fail_them_on_errors()
    {
        using (var off = Site(SiteFixture.DefaultSiteYml + "\ncheck: { build: off }\n"))
        {
            var result = off.BuildOk(o => o with { Now = Now });
            Assert.Empty(result.Findings);
            Assert.DoesNotContain(result.Warnings, w => w.CheckRule is not null);
        }
        using var errors = Site(SiteFixture.DefaultSiteYml + "\ncheck: { build: errors, rules: { stigma-language: error } }\n");
        var failed = errors.Build(o => o with { Now = Now });
        var error = Assert.Single(failed.Errors);
        Assert.Equal((9, 11), (error.Line, error.Column));
        Assert.StartsWith("[stigma-language]", error.Message);
        Assert.False(Directory.Exists(errors.Output));
    }

    [Fact]
    public void A_rebuild_keeps_the_findings_of_bodies_it_did_not_read_again_and_updates_those_about_other_documents()
    {
        using var site = Site();
        var session = new BuildSession(new BuildOptions
        {
            SourceFolder = site.Content,
            OutputFolder = site.Output,
            ThemeRoots = [SiteFixture.RepositoryThemes],
            Now = Now,
        }, incremental: true);
        Assert.True(session.Build().Succeeded);

        // b takes a's title: a is not read again, but both are now the same title.
        site.Write("content/articles/b.md", CheckFixture.Article("b", "Small promises, kept.", "title: Article a\n").Text);
        var renamed = session.Build([site.Full("content/articles/b.md")]);

        Assert.Contains(renamed.Findings, f => f.File == "articles/a.md" && f.Rule == "stigma-language");
        Assert.Contains(renamed.Findings, f => f.File == "articles/a.md" && f.Message == "the same title as articles/b.md");
        Assert.Contains(renamed.Findings, f => f.File == "articles/b.md" && f.Message == "the same title as articles/a.md");

        site.Write("content/articles/a.md", CheckFixture.Article("a", "He lived with a substance use disorder.").Text);
        var fixedUp = session.Build([site.Full("content/articles/a.md")]);
        Assert.DoesNotContain(fixedUp.Findings, f => f.Rule == "stigma-language");
        Assert.Equal(2, fixedUp.Findings.Count(f => f.Message.StartsWith("the same title", StringComparison.Ordinal)));
    }
}
