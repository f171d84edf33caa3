using SiteGen.Checks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>Runs <c>sitegen check</c>'s checker on a fixture site and picks out one rule's findings.</summary>
internal static class CheckFixture
{
    public static readonly DateOnly Today = new(2026, 12, 6);

    /// <summary>An article with a description and a recent review, so only what a test writes is found.</summary>
    public static (string Path, string Text) Article(string slug, string body, string frontMatter = "") =>
        SiteFixture.Article(slug, body, "description: A short description.\nreviewed_by: Dr. A. Reviewer\nreviewed_on: 2026-11-01\n" + frontMatter);

    public static CheckReport Run(params (string Path, string Text)[] files) => Run(SiteFixture.DefaultSiteYml, files);

    public static CheckReport Run(string siteYml, params (string Path, string Text)[] files)
    {
        using var site = SiteFixture.Create([("content/site.yml", siteYml), .. files]);
        return ContentChecker.Run(site.Content, Today);
    }

    public static List<CheckFinding> Of(this CheckReport report, string rule) => report.Findings.Where(f => f.Rule == rule).ToList();
}
