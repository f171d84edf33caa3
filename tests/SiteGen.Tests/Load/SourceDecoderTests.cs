using SiteGen.Diagnostics;
using SiteGen.Load;

namespace SiteGen.Tests.Load;

public class SourceDecoderTests
{
    private static (string? Text, IReadOnlyList<ContentError> Errors) Decode(byte[] bytes)
    {
        var errors = new ErrorList();
        return (SourceDecoder.Decode("a.md", bytes, errors), errors.Sorted());
    }

    [Fact]
    public void Drops_a_byte_order_mark() => Assert.Equal("---", Decode([0xEF, 0xBB, 0xBF, .. "---"u8]).Text);

    [Fact]
    public void Reports_the_line_and_column_of_the_first_byte_that_is_not_utf8()
    {
        // "café" in Latin-1: é is the single byte 0xE9.
        var (text, errors) = Decode([.. "---\ntitle: caf"u8, 0xE9, .. "\n"u8]);

        Assert.Null(text);
        var error = Assert.Single(errors);
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Reports_an_empty_file() => Assert.Equal("file is empty", Assert.Single(Decode("\n  \n"u8.ToArray()).Errors).Message);

    [Fact]
    public void Refuses_sources_over_the_size_limit()
    {
        var (text, errors) = Decode(new byte[SourceDecoder.MaxSourceBytes + 1]);
        Assert.Null(text);
        Assert.Contains("limited to 5 MB", Assert.Single(errors).Message);
    }
}
