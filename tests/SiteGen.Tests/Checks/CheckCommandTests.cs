using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>sitegen check as a command: its formats, its exit codes, its settings' errors and its report page.</summary>
public class CheckCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = (int)SiteGenCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static SiteFixture Site(string body, string siteYml = SiteFixture.DefaultSiteYml) =>
        SiteFixture.Create(("content/site.yml", siteYml), CheckFixture.Article("a", body));

    [Fact]
    public void The_sample_site_passes_its_own_checks()
    {
        var (code, output, _) = Run("check", "--source", Path.Combine(SiteFixture.RepositoryRoot, "content"), "--today", "2026-12-06");
        Assert.Equal(0, code);
        Assert.StartsWith("Checked 15 articles and 4 pages: 0 errors, 0 warnings; reading grade median", output);
    }

    [Fact]
    public void Text_lists_each_finding_with_its_place_then_the_summary()
    {
        using var site = Site("He was an addict.");
        var (code, output, _) = Run("check", "--source", site.Content, "--today", "2026-12-06");
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(0, code);
        Assert.Equal(site.Content.Replace('\\', '/') + "/articles/a.md:9:11: warning [stigma-language] 'addict' labels a person by a condition, or blames them for it (say: person with a substance use disorder)", lines[0]);
        Assert.Matches(@"^Checked 1 article and 0 pages: 0 errors, 1 warning; reading grade median -?\d+\.\d \(target 8\)$", lines[^1]);
    }

    [Fact]
    public void Json_is_one_object_with_findings_and_documents()
    {
        using var site = Site("He was an addict. The cat sat.");
        var (_, output, _) = Run("check", "--source", site.Content, "--format", "json", "--today", "2026-12-06");
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(["file", "line", "column", "rule", "severity", "message", "suggestion"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("articles/a.md", 9, 11, "warning"), (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(),
            finding.GetProperty("column").GetInt32(), finding.GetProperty("severity").GetString()));
        var document = json.RootElement.GetProperty("documents").EnumerateArray().Single();
        Assert.Equal(["file", "language", "words", "sentences", "syllables", "grade"], document.EnumerateObject().Select(p => p.Name));
        Assert.Equal((7, 2), (document.GetProperty("words").GetInt32(), document.GetProperty("sentences").GetInt32()));
        Assert.Equal("en", document.GetProperty("language").GetString());
    }

    [Fact]
    public void Github_format_annotates_the_lines()
    {
        using var site = Site("He was an addict.");
        var (_, output, _) = Run("check", "--source", site.Content, "--format", "github", "--today", "2026-12-06");
        Assert.StartsWith($"::warning file={site.Content.Replace('\\', '/')}/articles/a.md,line=9,col=11,title=stigma-language::'addict' labels", output);
    }

    [Fact]
    public void Errors_exit_1_and_strict_fails_on_warnings()
    {
        using var warned = Site("He was an addict.");
        Assert.Equal(1, Run("check", "--source", warned.Content, "--strict", "--today", "2026-12-06").Code);
        using var unsafeSite = Site("Thoughts of suicide can come after a relapse.");
        Assert.Equal(1, Run("check", "--source", unsafeSite.Content, "--today", "2026-12-06").Code);
        using var broken = SiteFixture.Create(("content/articles/a.md", "---\ntitle: A\n---\nNo date.\n"));
        var (code, output, _) = Run("check", "--source", broken.Content, "--today", "2026-12-06");
        Assert.Equal(1, code);
        Assert.Contains("error [build] 'date' is missing", output);
    }

    [Fact]
    public void Links_and_images_that_would_fail_the_build_are_errors_at_their_places()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml),
            CheckFixture.Article("a", "See [the plan](missing.md) and ![A calm lake](../images/lake.jpg).", "expires: 2030-01-01\n"),
            CheckFixture.Article("b", "Back to [the first](a.md).", "faq:\n  - q: Where next?\n    a: Read [this guide](gone.md).\n"));
        var (code, output, _) = Run("check", "--source", site.Content, "--today", "2026-12-06", "--format", "json");

        Assert.Equal(1, code);
        var build = JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "build")
            .Select(f => (f.GetProperty("file").GetString(), f.GetProperty("line").GetInt32(), f.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(3, build.Count);
        Assert.Contains(build, f => f.Item1 == "articles/a.md" && f.Item2 == 10 && f.Item3.Contains("missing.md"));
        Assert.Contains(build, f => f.Item1 == "articles/a.md" && f.Item2 == 10 && f.Item3.Contains("lake.jpg"));
        Assert.Contains(build, f => f.Item1 == "articles/b.md" && f.Item3.Contains("gone.md"));
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--today", "6 December")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void An_unknown_rule_in_site_yml_is_an_error_at_its_place()
    {
        using var site = Site("Text.", "title: T\nbase_url: https://example.org/\ncheck:\n  rules: { phone-link: off }\n");
        var (code, output, _) = Run("check", "--source", site.Content, "--today", "2026-12-06");
        Assert.Equal(1, code);
        Assert.Contains("site.yml:4:12: error [build] unknown check rule 'phone-link'; did you mean 'phone-links'?", output);
    }

    [Fact]
    public void Rules_can_be_turned_off_or_made_errors()
    {
        using var off = Site("He was an addict.", "title: T\nbase_url: https://example.org/\ncheck:\n  rules: { stigma-language: off }\n");
        Assert.Contains("0 errors, 0 warnings", Run("check", "--source", off.Content, "--today", "2026-12-06").Out);
        using var error = Site("He was an addict.", "title: T\nbase_url: https://example.org/\ncheck:\n  rules: { stigma-language: error }\n");
        Assert.Equal(1, Run("check", "--source", error.Content, "--today", "2026-12-06").Code);
    }

    [Fact]
    public void The_report_page_lists_documents_and_findings_with_their_lines()
    {
        using var site = Site("He was an addict.");
        string page = Path.Combine(site.Root, "report.html");
        Run("check", "--source", site.Content, "--today", "2026-12-06", "--report", page);

        var html = new HtmlParser().ParseDocument(File.ReadAllText(page));
        var row = html.QuerySelector("#documents tbody tr")!;
        Assert.Contains("articles/a.md", row.TextContent);
        Assert.Equal("1", row.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Equal(5, html.QuerySelectorAll("#documents th button").Length);
        Assert.Equal("He was an addict.", html.QuerySelector("section pre")!.TextContent);
        // Nothing from elsewhere: no external script, stylesheet or image.
        Assert.Empty(html.QuerySelectorAll("[src], link[href]"));
    }
}

/// <summary>The default theme shows the crisis line beside the helpline on articles that need it, and only there.</summary>
public class CrisisLineTests
{
    [Fact]
    public void An_article_about_overdose_shows_the_crisis_line_and_others_do_not()
    {
        using var site = SiteFixture.Create(
            ("content/site.yml", "title: T\nbase_url: https://example.org/\nhelpline: { label: SAMHSA, phone: \"1-800-662-4357\" }\ncrisis_line: { label: 988 Lifeline, phone: \"988\" }\n"),
            SiteFixture.Article("risk", "The risk of overdose is higher after a break."),
            SiteFixture.Article("calm", "Small promises, kept."));
        site.BuildOk();

        var call = site.Html("articles/risk/index.html").QuerySelectorAll(".crisis-line a.helpline-call").First();
        Assert.Equal("tel:988", call.GetAttribute("href"));
        Assert.Empty(site.Html("articles/calm/index.html").QuerySelectorAll(".crisis-line"));
    }
}
