using System.Diagnostics;
using SiteGen.Safety;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>Input cannot exhaust the machine: YAML bombs, absurd counts and deep nesting end in located errors.</summary>
public class InputLimitTests
{
    private static string Bomb(int levels)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (int i = 1; i <= levels; i++) lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]");
        return string.Join("\n", lines);
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_refused_at_the_alias_quickly()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: Bomb(9)));
        long allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        site.Build();
        // Bounds, not timings: expanded, the bomb takes minutes and gigabytes; refused, a build of one article.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the bomb was expanded");
        Assert.True(GC.GetTotalAllocatedBytes() - allocated < 2L << 30, "the bomb was expanded");
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Contains("aliases", error.Message);
        Assert.Equal(9, error.Line); // a5 is the first line whose expansion passes 100,000 values
    }

    [Fact]
    public void An_alias_bomb_in_site_yml_is_refused()
    {
        using var site = SiteFixture.Create(("content/site.yml", SiteFixture.DefaultSiteYml + "\n" + Bomb(9)), SiteFixture.Article("a"));
        site.Build();
        Assert.Contains("aliases", Assert.Single(site.ErrorsIn("content/site.yml")).Message);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused()
    {
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "x: &x [*x]"));
        site.Build();
        Assert.Contains("contain itself", Assert.Single(site.ErrorsIn("content/articles/a.md")).Message);
    }

    [Fact]
    public void Aliases_that_stay_small_are_fine()
    {
        Assert.Null(YamlLimits.Check("base: &b { a: 1, b: 2 }\none: *b\ntwo: *b\n"));
        Assert.NotNull(YamlLimits.Check(string.Concat(Enumerable.Repeat("[", YamlLimits.MaxDepth + 1))));
    }

    [Fact]
    public void More_topics_than_the_limit_is_an_error_at_the_first_past_it()
    {
        string topics = string.Join(", ", Enumerable.Range(1, 4000).Select(i => "t" + i));
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: $"topics: [{topics}]"));
        site.Build();
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Contains($"more than {ContentLimits.MaxTopicsPerArticle} topics", error.Message);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void More_faq_entries_than_the_limit_is_an_error_at_the_first_past_it()
    {
        string faq = string.Concat(Enumerable.Repeat("\n  - q: Same?\n    a: Yes.", ContentLimits.MaxFaqEntries + 1));
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "faq:" + faq));
        site.Build();
        var error = Assert.Single(site.ErrorsIn("content/articles/a.md"));
        Assert.Equal(5 + 2 * ContentLimits.MaxFaqEntries, error.Line);
    }

    [Fact]
    public void Identical_questions_get_numbered_anchors()
    {
        string faq = string.Concat(Enumerable.Repeat("\n  - q: Same?\n    a: Yes.", 3));
        using var site = SiteFixture.Create(SiteFixture.Article("a", frontMatter: "faq:" + faq));
        site.BuildOk();
        var ids = site.Html("articles/a/index.html").QuerySelectorAll("[id^='faq-same']").Select(e => e.Id).ToList();
        Assert.Equal(["faq-same", "faq-same-1", "faq-same-2"], ids);
    }

    [Theory]
    [InlineData(150, "quotes")]
    [InlineData(2000, "lists")]
    [InlineData(20000, "brackets")]
    [InlineData(20000, "emphasis")]
    public void Deep_nesting_is_a_content_error_at_the_file(int depth, string kind)
    {
        string body = kind switch
        {
            "quotes" => new string('>', depth) + " hi",
            "lists" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- x\n")),
            "brackets" => new string('[', depth) + "x" + new string(']', depth),
            _ => new string('*', depth) + "x" + new string('*', depth),
        };
        using var site = SiteFixture.Create(SiteFixture.Article("a", body), SiteFixture.Article("b", "## Fine\n\nA [link](a.md)."));
        site.Build();
        Assert.Contains("nested too deeply", Assert.Single(site.ErrorsIn("content/articles/a.md")).Message);
        // The thread's renderer stopped halfway is not reused for the next document.
        Assert.Empty(site.ErrorsIn("content/articles/b.md"));
    }
}
