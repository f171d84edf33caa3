using System.Text;
using SiteGen.Render.Assets;

namespace SiteGen.Tests.Render.Assets;

public sealed class ContentHashTests
{
    [Fact]
    public void Is_the_first_eight_hex_digits_of_sha256()
    {
        // SHA-256("abc") = ba7816bf 8f01cfea ... (FIPS 180-2 test vector).
        Assert.Equal("ba7816bf", ContentHash.Of(Encoding.ASCII.GetBytes("abc")));
    }

    [Theory]
    [InlineData("css/site.css", "css/site.0a1b2c3d.css")]
    [InlineData("js/search.min.js", "js/search.min.0a1b2c3d.js")]
    [InlineData("js.d/run", "js.d/run.0a1b2c3d")]
    [InlineData(".hidden", ".hidden.0a1b2c3d")]
    public void Goes_before_the_extension(string path, string expected)
    {
        Assert.Equal(expected, ContentHash.FingerprintedName(path, "0a1b2c3d"));
    }
}
