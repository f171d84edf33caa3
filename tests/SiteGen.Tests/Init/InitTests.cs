using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Cli.Serve;
using SiteGen.Diagnostics;
using SiteGen.Init;
using SiteGen.Load;
using SiteGen.Parse;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Init;

/// <summary>sitegen init: a new site that builds, previews and passes its own checks at once.</summary>
public sealed class InitTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-init-").FullName;

    private string Site => Path.Combine(_root, "site");

    private static StarterOptions Options(StarterHost host = StarterHost.None, string title = "Cedar Hollow", string? phone = null) =>
        new(title, "https://example.org/", phone, host, Today, "1.2.3");

    private CreatedSite Create(StarterOptions options, bool force = false) => SiteCreator.Create(Site, StarterSite.Files(options), force);

    private BuildResult Build() => new SiteBuilder().Build(new BuildOptions
    {
        SourceFolder = Path.Combine(Site, "content"),
        OutputFolder = Path.Combine(Site, "output"),
        ThemeRoots = [Path.Combine(Site, "themes"), SiteFixture.RepositoryThemes],
        Now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
    });

    private string Read(string path) => File.ReadAllText(Path.Combine(Site, path));

    [Fact]
    public void A_new_site_builds_with_no_warning_and_shows_what_an_article_can_hold()
    {
        Assert.Null(Create(Options()).Refused);

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Empty(ContentChecker.Run(Path.Combine(Site, "content"), Today).Findings);
        var parser = new HtmlParser();
        var article = parser.ParseDocument(Read("output/articles/small-steps-after-treatment/index.html"));
        Assert.Equal("Small Steps After Treatment", article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("A pale sun rising over two green hills.", article.QuerySelector("main img")!.GetAttribute("alt"));
        Assert.Contains(article.QuerySelectorAll("a[href^='tel:']"), a => a.GetAttribute("href") == "tel:18006624357");
        var faq = parser.ParseDocument(Read("output/faq/index.html"));
        Assert.Contains("How long does it take to rebuild trust?", faq.Body!.TextContent);
        var privacy = parser.ParseDocument(Read("output/privacy/index.html"));
        Assert.Contains("No cookies.", privacy.Body!.TextContent);
        foreach (string page in new[] { "about", "contact" }) Assert.True(File.Exists(Path.Combine(Site, "output", page, "index.html")));
        Assert.True(Directory.Exists(Path.Combine(Site, "content", "images")));
        Assert.Contains("/output/", Read(".gitignore"));
        Assert.Contains("extends: default", Read("themes/site/theme.yml"));
        Assert.Contains("sitegen serve", Read("README.md"));
    }

    [Fact]
    public void Site_yml_explains_each_key_and_takes_the_values_given_whatever_they_hold()
    {
        Create(Options(title: "Clean \"Slate\": Recovery #1", phone: "(503) 555-0100"));

        var errors = new ErrorList();
        var config = SiteConfigParser.Parse(new SourceFile(ContentLoader.SiteConfigName, Path.Combine(Site, "content", "site.yml"), Read("content/site.yml")), errors, null, null);
        Assert.Empty(errors.Sorted());
        Assert.Equal("Clean \"Slate\": Recovery #1", config!.Config.Title);
        Assert.Equal("(503) 555-0100", config.Config.Organization!.Phone);
        Assert.Equal("1-800-662-4357", config.Config.Helpline!.Phone);
        Assert.Equal("988", config.Config.CrisisLine!.Phone);
        // Every top-level key has a note above it (directly, or above the block it opens).
        var lines = Read("content/site.yml").Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Length > 0 && char.IsLetter(lines[i][0]))
                Assert.True(i > 0 && lines[i - 1].StartsWith('#'), $"site.yml line {i + 1} ({lines[i]}) has no note above it");
        Assert.Contains("[(503) 555-0100](tel:5035550100)", Read("content/pages/contact.md"));
        Assert.True(Build().Succeeded);
    }

    [Fact]
    public void A_folder_that_holds_anything_is_refused_and_force_adds_only_what_is_missing()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, "README.md"), "Our own notes.\n");

        var refused = Create(Options());
        Assert.Contains("is not empty (it holds README.md)", refused.Refused);
        Assert.Single(Directory.EnumerateFileSystemEntries(Site));

        var forced = Create(Options(), force: true);
        Assert.Null(forced.Refused);
        Assert.Equal(["README.md"], forced.Kept);
        Assert.Equal("Our own notes.\n", Read("README.md"));
        Assert.Contains("content/site.yml", forced.Written);

        Assert.Contains("already holds a site (content/site.yml)", Create(Options()).Refused);
    }

    [Theory]
    [InlineData(StarterHost.Github, ".github/workflows/deploy.yml")]
    [InlineData(StarterHost.Netlify, "netlify.toml")]
    [InlineData(StarterHost.Cloudflare, null)]
    [InlineData(StarterHost.None, null)]
    public void Each_host_gets_its_deploy_file_and_its_steps_in_the_readme(StarterHost host, string? deployFile)
    {
        var files = StarterSite.Files(Options(host));
        string[] deployFiles = [".github/workflows/deploy.yml", "netlify.toml"];
        Assert.Equal(deployFile is null ? [] : [deployFile], files.Select(f => f.Path).Intersect(deployFiles));
        string readme = files.Single(f => f.Path == "README.md").Text;
        Assert.DoesNotContain("@@", string.Concat(files.Select(f => f.Text)));
        switch (host)
        {
            case StarterHost.Github:
                var workflow = new YamlStream();
                workflow.Load(new StringReader(files.Single(f => f.Path == deployFile).Text));
                string text = files.Single(f => f.Path == deployFile).Text;
                Assert.Contains("dotnet tool install --global SiteGen --version 1.2.3", text);
                Assert.Contains("run: sitegen build", text);
                Assert.Contains("path: output", text);
                Assert.Contains("GitHub Actions", readme);
                break;
            case StarterHost.Netlify:
                Assert.Contains("publish = \"output\"", files.Single(f => f.Path == deployFile).Text);
                Assert.Contains("netlify.toml", readme);
                break;
            case StarterHost.Cloudflare:
                Assert.Contains("Build output directory: `output`", readme);
                break;
            default:
                Assert.Contains("Upload the contents of `output/`", readme);
                break;
        }
    }

    [Fact]
    public async Task The_command_makes_a_site_that_builds_and_previews_with_no_option()
    {
        var made = SiteGenProcess.Start(_root, "init", "site", "--title", "Cedar Hollow", "--host", "github");
        Assert.Equal(0, made.ExitCode);
        Assert.Contains("Made the site \"Cedar Hollow\" in site", made.Stdout);

        var built = SiteGenProcess.Start(Site, "build");
        Assert.Equal(0, built.ExitCode);
        Assert.Equal("", built.Stderr);
        Assert.True(File.Exists(Path.Combine(Site, "output", "index.html")));

        await using var preview = await LivePreview.StartAsync(new ServeOptions { SourceFolder = Path.Combine(Site, "content"), Port = 0 }, TextWriter.Null, TextWriter.Null);
        Assert.Equal(1, preview.Events.Builds);

        var again = SiteGenProcess.Start(_root, "init", "site");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds a site", again.Stderr);
        Assert.Equal(2, SiteGenProcess.Start(_root, "init", "other", "--base-url", "ftp://example.org/").ExitCode);
        Assert.Equal(2, SiteGenProcess.Start(_root, "init", "other", "--phone", "call us").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_root, "other")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
