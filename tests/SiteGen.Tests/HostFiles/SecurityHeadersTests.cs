using SiteGen.Render.HostFiles;
using SiteGen.Write;
using static SiteGen.Tests.SampleSites;

namespace SiteGen.Tests.HostFiles;

public class SecurityHeadersTests
{
    // The example of MDN's Content-Security-Policy script-src page: <script>alert('Hello, world.');</script>.
    private const string HelloWorldHash = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

    private static string Headers(params OutputFile[] output) => Text(SecurityHeaders.Write(Config(), output));

    private static string Policy(string headers) =>
        headers.Split('\n').Single(l => l.TrimStart().StartsWith("Content-Security-Policy:")).Split(':', 2)[1].Trim();

    [Fact]
    public void Without_inline_code_the_policy_allows_only_the_sites_own_origin()
    {
        var headers = Headers(OutputFile.FromText("index.html", "<html><head><script src=\"/blog/js/site.js\"></script></head></html>"));

        Assert.StartsWith("/blog/*\n", headers);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            Policy(headers));
        Assert.Contains("  Referrer-Policy: no-referrer\n", headers);
        Assert.Contains("  X-Content-Type-Options: nosniff\n", headers);
        var permissions = headers.Split('\n').Single(l => l.Contains("Permissions-Policy:"));
        foreach (var feature in new[] { "interest-cohort=()", "camera=()", "microphone=()", "geolocation=()" })
            Assert.Contains(feature, permissions);
    }

    [Fact]
    public void Inline_scripts_of_any_page_are_allowed_by_their_hash_and_data_blocks_are_not()
    {
        var headers = Headers(
            OutputFile.FromText("index.html", "<script>alert('Hello, world.');</script>"),
            OutputFile.FromText("a/index.html", "<SCRIPT type=\"text/javascript\">alert('Hello, world.');</SCRIPT><script type=module>import './x.js';</script>"),
            OutputFile.FromText("b/index.html", "<script type=\"application/ld+json\">{\"@type\":\"Thing\"}</script>"),
            OutputFile.FromText("feed.xml", "<script>notHtml()</script>"));

        var scriptSrc = Policy(headers).Split("; ").Single(d => d.StartsWith("script-src"));
        var sources = scriptSrc.Split(' ').Skip(1).ToList();
        Assert.Equal(3, sources.Count);
        Assert.Equal("'self'", sources[0]);
        Assert.Contains(HelloWorldHash, sources);
        Assert.DoesNotContain(InlineCode.Hash("{\"@type\":\"Thing\"}"), sources);
        Assert.DoesNotContain(InlineCode.Hash("notHtml()"), sources);
    }

    [Theory]
    [InlineData("<script data-note=\"a>b\">alert('Hello, world.');</script>")]
    [InlineData("<Script>alert('Hello, world.');</SCRIPT >")]
    [InlineData("<scripts>x</scripts><script\n>alert('Hello, world.');</script>")]
    public void The_script_text_is_found_however_the_tags_are_written(string html)
    {
        var (scripts, _) = InlineCode.Hashes(html);

        Assert.Equal([HelloWorldHash], scripts);
    }

    [Fact]
    public void Inline_style_elements_are_allowed_by_their_hash()
    {
        var headers = Headers(OutputFile.FromText("index.html", "<style>body{color:red}</style>"));

        var styleSrc = Policy(headers).Split("; ").Single(d => d.StartsWith("style-src"));
        Assert.Matches(@"^style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='$", styleSrc);
    }
}
