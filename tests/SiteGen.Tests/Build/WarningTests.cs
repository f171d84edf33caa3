using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Warnings: what an editor should know that does not fail the build.</summary>
public sealed class WarningTests
{
    private const string WithHelpline = "title: T\nbase_url: https://example.org/\nhelpline: { label: Call us, phone: \"1-800-662-4357\" }\n";

    [Fact]
    public void A_front_matter_key_one_letter_from_a_known_one_is_a_warning_at_the_key()
    {
        using var site = SiteFixture.Create(("content/site.yml", WithHelpline),
            ("content/articles/a.md", "---\ntitle: A\ndate: 2025-01-01\ntopic: [trust]\nmood: calm\n---\n\nBody.\n"));

        var result = site.BuildOk();

        var warning = Assert.Single(result.BesideChecks());
        Assert.EndsWith("content/articles/a.md", warning.File);
        Assert.EndsWith("a.md:4:1: warning: unknown key 'topic' is kept for the theme as extra.topic; did you mean 'topics'?", warning.ToString());
    }

    [Fact]
    public void A_site_yml_key_one_letter_from_a_known_one_is_a_warning_too()
    {
        using var site = SiteFixture.Create(("content/site.yml", WithHelpline + "descripton: Help for families\n"), SiteFixture.Article("a"));

        var warning = Assert.Single(site.BuildOk().BesideChecks());
        Assert.Equal((4, 1), (warning.Line, warning.Column));
        Assert.Contains("did you mean 'description'?", warning.Message);
    }

    [Fact]
    public void A_site_without_a_helpline_is_warned_of()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));

        var warning = Assert.Single(site.BuildOk().BesideChecks());
        Assert.EndsWith("site.yml", warning.File);
        Assert.StartsWith("no helpline", warning.Message);
    }

    [Fact]
    public void Drafts_left_out_are_counted_and_published_ones_are_not()
    {
        using var site = SiteFixture.Create(("content/site.yml", WithHelpline), SiteFixture.Article("a"), SiteFixture.Article("b", frontMatter: "draft: true"));

        Assert.Equal("sitegen: warning: 1 draft not published; build with --drafts to include them", Assert.Single(site.BuildOk().BesideChecks()).ToString());
        Assert.Empty(site.BuildOk(o => o with { IncludeDrafts = true }).BesideChecks());
    }

    [Fact]
    public void A_rebuild_that_reads_nothing_again_still_warns()
    {
        using var site = SiteFixture.Create(("content/site.yml", WithHelpline), ("content/articles/a.md", "---\ntitle: A\ndate: 2025-01-01\ntittle: B\n---\n"));
        var session = new BuildSession(new BuildOptions
        {
            SourceFolder = site.Content,
            OutputFolder = site.Output,
            ThemeRoots = [SiteFixture.RepositoryThemes],
        }, incremental: true);

        Assert.Single(session.Build().BesideChecks());
        Assert.Single(session.Build().BesideChecks());
    }
}
