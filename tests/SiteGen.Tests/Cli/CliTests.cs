using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class CliTests
{
    [Fact]
    public void Build_help_describes_every_option()
    {
        var run = SiteGenProcess.Start(Path.GetTempPath(), "build", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--source", "--output", "--theme", "--base-url", "--drafts", "--quiet", "--verbose" })
        {
            string line = run.Stdout.Split('\n').Single(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal) || l.Contains(", " + option));
            Assert.Matches(@"\s{2,}\S", line[(line.IndexOf(option, StringComparison.Ordinal) + option.Length)..]);
        }
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("new", "article")]
    [InlineData("build", "--source", "no-such-folder")]
    [InlineData("serve", "--source", "no-such-folder")]
    [InlineData("build", "--base-url", "example.org")]
    [InlineData("build", "--base-url", "https://editor:secret@example.org/")]
    [InlineData("build", "--output", "")]
    [InlineData("serve", "--port", "abc")]
    [InlineData("new", "article", "A title\nover two lines")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var run = SiteGenProcess.Start(Path.GetTempPath(), args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }

    [Fact]
    public void A_title_too_long_for_an_article_is_a_usage_error()
    {
        var stderr = new StringWriter();
        var code = SiteGen.Cli.SiteGenCommand.Run(["new", "article", string.Join(' ', Enumerable.Repeat("word", 60)), "--source", Path.GetTempPath()], new StringWriter(), stderr);
        Assert.Equal(SiteGen.Cli.ExitCode.Usage, code);
        Assert.Contains("longer than", stderr.ToString());
    }

    [Theory]
    [InlineData("'build' instead of 'biuld'", "biuld")]
    [InlineData("'--verbose' instead of '--verbos'", "build", "--verbos")]
    [InlineData("'--port' instead of '--prot'", "serve", "--prot", "4000")]
    public void A_mistyped_command_or_option_gets_the_one_meant(string suggestion, params string[] args)
    {
        var stderr = new StringWriter();

        var code = SiteGen.Cli.SiteGenCommand.Run(args, new StringWriter(), stderr);

        Assert.Equal(SiteGen.Cli.ExitCode.Usage, code);
        Assert.Contains("did you mean " + suggestion + "?", stderr.ToString());
    }

    [Fact]
    public void A_word_like_no_command_gets_no_suggestion()
    {
        var stderr = new StringWriter();

        SiteGen.Cli.SiteGenCommand.Run(["frobnicate"], new StringWriter(), stderr);

        Assert.DoesNotContain("did you mean", stderr.ToString());
    }

    [Fact]
    public void Link_errors_name_the_content_folder_given_to_source()
    {
        string work = Path.Combine(Path.GetTempPath(), "sitegen-source-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(work, "blog", "articles"));
        try
        {
            File.WriteAllText(Path.Combine(work, "blog", "site.yml"), SiteFixture.DefaultSiteYml);
            File.WriteAllText(Path.Combine(work, "blog", "articles", "a.md"),
                "---\ntitle: A\ndate: 2025-01-01\n---\n\nSee [this](gone.md) and ![a map](https://maps.example.com/x.png).\n");

            var run = SiteGenProcess.Start(work, "build", "--source", "blog", "--output", "out");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("blog/articles/a.md:6:5: link to missing article 'gone.md': there is no blog/articles/gone.md", run.Stderr);
            Assert.Contains("save it under blog/images/ instead", run.Stderr);
            Assert.DoesNotContain("content/", run.Stderr);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Warnings_are_printed_and_counted_but_do_not_fail_the_build()
    {
        // Article a passes the content checks, which would warn of a missing description or review.
        string reviewed = $"description: Small steps.\nreviewed_by: Dr. A\nreviewed_on: {DateTime.UtcNow:yyyy-MM-dd}\n";
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: reviewed), SiteFixture.Article("b", frontMatter: "draft: true\n"), SiteFixture.Article("c", frontMatter: "draft: true\n"));

        var run = SiteGenProcess.Start(site.Root, "build");
        var quiet = SiteGenProcess.Start(site.Root, "build", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["sitegen: warning: 2 drafts not published; build with --drafts to include them",
             "content/site.yml:1:1: warning: no helpline: articles show no number to call; add helpline: with label: and phone: (for the United States, SAMHSA's National Helpline, 1-800-662-4357)"],
            run.Stderr.TrimEnd().Split('\n'));
        Assert.Matches(@"^Built \d+ pages in \d+\.\d s \(2 warnings\)\n$", run.Stdout);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr);
    }

    [Fact]
    public void A_bare_sitegen_prints_the_help()
    {
        var run = SiteGenProcess.Start(Path.GetTempPath());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
        Assert.Contains("build", run.Stdout);
        Assert.Contains("serve", run.Stdout);
    }

    [Fact]
    public void New_article_writes_a_draft_and_refuses_to_overwrite_it()
    {
        using var site = SiteFixture.Create();

        var first = SiteGenProcess.Start(site.Root, "new", "article", "Talking to: Teenagers \"About\" Relapse");
        string path = site.Full("content/articles/talking-to-teenagers-about-relapse.md");
        Assert.Equal(0, first.ExitCode);
        string text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: \"Talking to: Teenagers \\\"About\\\" Relapse\"\ndate: ", text);
        Assert.Contains("\ndraft: true\n", text);
        Assert.Contains("\ntopics: []\n", text);

        File.AppendAllText(path, "Edited.");
        var second = SiteGenProcess.Start(site.Root, "new", "article", "Talking to Teenagers About Relapse");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Stderr);
        Assert.EndsWith("Edited.", File.ReadAllText(path));
    }

    [Fact]
    public void Verbose_prints_every_stage_then_the_collector_and_what_the_memory_was_made_of()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));
        var stdout = new StringWriter();

        Assert.Equal(0, (int)SiteGen.Cli.SiteGenCommand.Run(["build", "--source", site.Content, "--output", site.Output, "--verbose"], stdout, new StringWriter()));

        var lines = stdout.ToString().Split('\n');
        foreach (string stage in new[] { "load", "front matter", "markdown", "render", "search", "write" })
            Assert.Contains(lines, l => l.TrimStart().StartsWith(stage + " ", StringComparison.Ordinal) && l.Contains(" ms  (processor "));
        var memory = Assert.Single(lines, l => l.Contains("(memory: heap "));
        Assert.Matches(@"heap \d+ MiB after the last collection, \d+ MiB of it kept; committed \d+ MiB; peak working set [1-9]\d* MiB\)", memory);
    }

    [Fact]
    public void New_article_in_a_language_goes_in_that_languages_folder()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml + "\nlanguage: en\nlanguages:\n  es: { name: Español }\n"));
        int Run(params string[] args) => (int)SiteGen.Cli.SiteGenCommand.Run(["new", "article", .. args, "--source", site.Content], new StringWriter(), new StringWriter());

        Assert.Equal(0, Run("Después de una recaída", "--language", "es"));
        Assert.StartsWith("---\ntitle: \"Después de una recaída\"\n", File.ReadAllText(site.Full("content/es/articles/despues-de-una-recaida.md")));
        Assert.Equal(0, Run("After a relapse", "--language", "en"));
        Assert.True(File.Exists(site.Full("content/articles/after-a-relapse.md")));

        var stderr = new StringWriter();
        Assert.Equal(2, (int)SiteGen.Cli.SiteGenCommand.Run(["new", "article", "Après une rechute", "--language", "fr", "--source", site.Content], new StringWriter(), stderr));
        Assert.Contains("does not declare the language 'fr'", stderr.ToString());
        Assert.False(Directory.Exists(site.Full("content/fr")));
        Assert.True(site.BuildOk().Succeeded);
    }

    [Fact]
    public void Content_errors_are_listed_one_per_line_then_summarised_and_exit_with_1()
    {
        using var site = SiteFixture.Create(("content/site.yml", "title: T\nbase_url: nowhere\n"), ("content/articles/a.md", "---\ntitle: A\n---\n"));

        var run = SiteGenProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.TrimEnd().Split('\n');
        Assert.StartsWith("content/site.yml:1:1: warning: no helpline", lines[0]);
        Assert.Equal(["content/articles/a.md:1:1: 'date' is missing", "content/site.yml:2:11: base_url must be an absolute http(s) URL such as https://example.org/ or https://example.org/blog/, not 'nowhere'", "Build failed: 2 errors"], lines[1..]);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Refuses_to_write_over_the_content_folder_as_a_usage_error()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a"));

        var run = SiteGenProcess.Start(site.Root, "build", "--output", "content");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be the content folder", run.Stderr);
        Assert.True(File.Exists(site.Full("content/articles/a.md")));
    }

    [Fact]
    public void The_sample_site_builds_to_identical_bytes_on_one_core_and_on_all()
    {
        using var temp = SiteFixture.Create();
        string content = Path.Combine(SiteFixture.RepositoryRoot, "content");
        string one = Path.Combine(temp.Root, "one-core"), all = Path.Combine(temp.Root, "all-cores");

        var single = SiteGenProcess.Start(temp.Root, new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, "build", "--source", content, "--output", one);
        var parallel = SiteGenProcess.Start(temp.Root, "build", "--source", content, "--output", all);

        Assert.True(single.ExitCode == 0, single.Stderr);
        Assert.True(parallel.ExitCode == 0, parallel.Stderr);
        Assert.Matches(@"^Built \d+ pages in \d+\.\d s( \(\d+ warnings?\))?\n$", parallel.Stdout);
        Folders.AssertSame(one, all);
    }
}
