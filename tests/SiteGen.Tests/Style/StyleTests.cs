using System.Security.Cryptography;
using System.Text;
using SiteGen.Style;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Style;

/// <summary>Re-colouring the default theme from site.yml's style, refused where a pair of colours would be hard to read.</summary>
public sealed class StyleTests
{
    private static SiteFixture Site(string style) => SiteFixture.Create(
        ("content/site.yml", "title: T\nbase_url: https://example.org/\nhelpline: { label: Call us, phone: \"1-800-662-4357\" }\nstyle:\n" + style),
        SiteFixture.Article("a"));

    [Fact]
    public void Contrast_is_WCAG_2s_ratio()
    {
        Assert.Equal(21, Contrast.Ratio("#000", "#ffffff"), 2);
        Assert.Equal(1, Contrast.Ratio("#2f6f62", "#2F6F62"), 2);
        // The default theme's text on its background, as its stylesheet records it.
        Assert.Equal(13.88, Contrast.Ratio("#222a27", "#fbf8f3"), 2);
    }

    [Fact]
    public void The_default_themes_palette_is_read_light_and_dark()
    {
        var palette = ThemePalette.Read(File.ReadAllText(Path.Combine(SiteFixture.RepositoryThemes, "default", "assets", "css", "site.css")));

        Assert.Equal("#fbf8f3", palette.Light["bg"]);
        Assert.Equal("#141a18", palette.Dark["bg"]);
        Assert.Equal("#9c3d1c", palette.Light["cta-bg"]);
    }

    [Fact]
    public void Colours_that_keep_their_contrast_re_colour_every_page_within_the_security_policy()
    {
        using var site = Site("  accent: \"#245c50\"\n  helpline_dark: \"#4d2312\"\n");
        site.BuildOk();

        var head = site.Html("articles/a/index.html").Head!;
        var style = head.QuerySelector("link[rel=stylesheet] ~ style")!;
        Assert.Equal(":root{--color-link:#245c50;--color-link-hover:#245c50;--color-accent:#245c50;--color-button-bg:#245c50;--color-tag-text:#245c50;}"
            + "@media (prefers-color-scheme: dark){:root{--color-cta-bg:#4d2312;--color-cta-button-text:#4d2312;}}", style.TextContent);
        Assert.Equal(style.TextContent, site.Html("index.html").Head!.QuerySelector("style")!.TextContent);
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.TextContent)));
        Assert.Contains($"'sha256-{hash}'", site.ReadOutput("_headers"));
    }

    [Fact]
    public void A_colour_too_light_for_links_is_refused_at_its_line_naming_the_pair()
    {
        using var site = Site("  accent: \"#9fd0c0\"\n");
        Assert.False(site.Build().Succeeded);

        var errors = site.ErrorsIn("content/site.yml");
        Assert.All(errors, e => Assert.Equal((5, 11), (e.Line, e.Column)));
        Assert.Contains(errors, e => e.Message.StartsWith("style.accent #9fd0c0 fails WCAG AA: --color-link #9fd0c0 on --color-bg #fbf8f3 is 1.", StringComparison.Ordinal)
            && e.Message.EndsWith(":1, text needs 4.5:1", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_helpline_colour_the_white_text_cannot_be_read_on_is_refused()
    {
        using var site = Site("  helpline: \"#e0a080\"\n");
        Assert.False(site.Build().Succeeded);

        Assert.Contains(site.ErrorsIn("content/site.yml"), e => e.Message.Contains("--color-cta-text #ffffff on --color-cta-bg #e0a080"));
    }

    [Theory]
    [InlineData("  acent: \"#245c50\"\n", "unknown style key 'acent'; did you mean `accent`?")]
    [InlineData("  accent: #245c50\n", "style.accent must be a colour written as \"#rrggbb\"")]
    [InlineData("  accent: teal\n", "style.accent must be a colour")]
    public void A_style_key_or_colour_that_is_not_one_is_an_error(string style, string message)
    {
        using var site = Site(style);
        Assert.False(site.Build().Succeeded);

        Assert.Contains(site.ErrorsIn("content/site.yml"), e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }
}
