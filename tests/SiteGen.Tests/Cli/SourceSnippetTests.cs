using SiteGen.Cli;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Cli;

public sealed class SourceSnippetTests
{
    private static readonly string[] Lines = ["---", "title: A", "date: March 3rd", "---", "", "Body with\ta tab [x](gone.md)."];

    private static IReadOnlyList<string> Snippet(int line, int column) =>
        SourceSnippet.For(new ContentError("a.md", line, column, "problem"), _ => Lines);

    [Fact]
    public void The_lines_before_the_error_and_a_caret_under_its_column()
    {
        Assert.Equal(["1 | ---", "2 | title: A", "3 | date: March 3rd", "  |       ^"], Snippet(3, 7));
    }

    [Fact]
    public void Tabs_before_the_column_stay_tabs_under_it()
    {
        Assert.Equal("  |          \t        ^", Snippet(6, 19)[^1]);
    }

    [Fact]
    public void Line_numbers_line_up_past_nine()
    {
        var lines = Enumerable.Range(1, 12).Select(i => "line " + i).ToArray();
        var snippet = SourceSnippet.For(new ContentError("a.md", 10, 1, "p"), _ => lines);

        Assert.Equal([" 8 | line 8", " 9 | line 9", "10 | line 10", "   | ^"], snippet);
    }

    [Fact]
    public void No_snippet_for_a_file_that_cannot_be_read_or_a_line_it_does_not_have()
    {
        Assert.Empty(SourceSnippet.For(new ContentError("gone.md", 1, 1, "p"), _ => null));
        Assert.Empty(Snippet(40, 1));
        Assert.Empty(SourceSnippet.For(new ContentError("--base-url", 1, 1, "p"), SourceSnippet.ReadLines));
    }
}
