using SiteGen.Diagnostics;
using SiteGen.Parse;

namespace SiteGen.Tests.Parse;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_and_body_with_their_first_lines()
    {
        var errors = new ErrorList();
        var split = FrontMatterSplitter.Split("a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\nBody\n", errors);

        Assert.NotNull(split);
        Assert.Equal("title: A\ndate: 2025-01-01\n", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("\nBody\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void Accepts_windows_line_endings_and_a_closing_fence_at_the_end_of_the_file()
    {
        var split = FrontMatterSplitter.Split("a.md", "---\r\ntitle: A\r\n---", new ErrorList());

        Assert.NotNull(split);
        Assert.Equal("title: A\r\n", split.Yaml);
        Assert.Equal("", split.Body);
    }

    [Fact]
    public void Reports_front_matter_that_is_never_closed()
    {
        var errors = new ErrorList();
        Assert.Null(FrontMatterSplitter.Split("a.md", "---\ntitle: A\n\nBody without a fence\n", errors));
        var error = Assert.Single(errors.Sorted());
        Assert.Equal(("a.md", 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("not closed", error.Message);
    }

    [Fact]
    public void Reports_a_file_without_front_matter()
    {
        var errors = new ErrorList();
        Assert.Null(FrontMatterSplitter.Split("a.md", "# Just a heading\n", errors));
        Assert.Contains("front matter missing", Assert.Single(errors.Sorted()).Message);
    }
}
