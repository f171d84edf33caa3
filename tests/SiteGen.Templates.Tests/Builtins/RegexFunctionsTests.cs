using System.Diagnostics;
using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class RegexFunctionsTests
{
    private static readonly SourceSpan At = new("page.html", 8, 2);

    [Fact]
    public void A_catastrophic_pattern_stops_with_a_located_error_instead_of_hanging()
    {
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<ScriptRuntimeException>(() =>
            RegexFunctions.Match(At, new string('a', 40) + "!", "^(a+)+$"));
        Assert.Equal(At, error.Span);
        Assert.Contains("took longer", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void An_invalid_pattern_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => RegexFunctions.Replace(At, "abc", "(b", "x"));
        Assert.Equal(At, error.Span);
        Assert.Contains("(b", error.Message);
    }

    [Fact]
    public void Unknown_options_are_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => RegexFunctions.Match(At, "abc", "b", "iq"));
        Assert.Contains("`q`", error.Message);
    }

    [Fact]
    public void Options_change_how_the_pattern_matches()
    {
        Assert.Equal(["HELP"], RegexFunctions.Match(At, "get HELP", "help", "i"));
        Assert.Empty(RegexFunctions.Match(At, "get HELP", "help"));
        Assert.Equal(2, RegexFunctions.Matches(At, "a\nb", "^\\w$", "m").Count);
    }

    [Fact]
    public void Replace_supports_group_references()
    {
        Assert.Equal("Smith, Ann", RegexFunctions.Replace(At, "Ann Smith", "(\\w+) (\\w+)", "$2, $1"));
    }

    [Fact]
    public void Unmatched_groups_are_empty_strings()
    {
        Assert.Equal(["a", "a", ""], RegexFunctions.Match(At, "a", "(a)(b)?"));
    }

    [Fact]
    public void Escape_and_unescape_round_trip()
    {
        const string text = "1+1=2? (yes) [ok] $5 ^_^ #1";
        Assert.Equal(text, RegexFunctions.Unescape(At, RegexFunctions.Escape(text)));
    }
}
