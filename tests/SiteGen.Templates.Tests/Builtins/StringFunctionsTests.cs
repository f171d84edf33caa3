using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class StringFunctionsTests
{
    private static readonly SourceSpan At = new("page.html", 3, 7);

    [Theory]
    [InlineData("hello", -3, 0, "llo")]
    [InlineData("hello", -7, 4, "he")]
    [InlineData("hello", 2, 100, "llo")]
    [InlineData("hello", 5, 0, "")]
    [InlineData("hello", 1, -2, "ello")]
    public void Slice_counts_negative_starts_from_the_end_and_clamps_the_length(string text, int start, int length, string expected)
    {
        Assert.Equal(expected, StringFunctions.Slice(text, start, length));
    }

    [Fact]
    public void Slice1_returns_one_character_by_default_and_nothing_for_a_non_positive_length()
    {
        Assert.Equal("o", StringFunctions.Slice1("hello", -1));
        Assert.Equal("", StringFunctions.Slice1("hello", 1, 0));
    }

    [Fact]
    public void Case_changes_do_not_depend_on_the_machine_culture()
    {
        Assert.Equal("TITLE", StringFunctions.Upcase("title"));
        Assert.Equal("istanbul", StringFunctions.Downcase("ISTANBUL"));
        Assert.Equal("Ärger Über Öl", StringFunctions.Capitalizewords("ärger über öl"));
    }

    [Fact]
    public void Handleize_keeps_non_ascii_letters_and_trims_dashes()
    {
        Assert.Equal("café-olé-2", StringFunctions.Handleize("  Café, Olé! 2 -- "));
        Assert.Equal("", StringFunctions.Handleize("!!!"));
    }

    [Theory]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1e3", 1000.0)]
    public void ToDouble_reads_invariant_culture_numbers(string text, double expected)
    {
        Assert.Equal(expected, StringFunctions.ToDouble(text));
    }

    [Fact]
    public void Number_conversions_give_null_for_text_that_is_not_a_number()
    {
        Assert.Null(StringFunctions.ToInt("12.5"));
        Assert.Null(StringFunctions.ToInt("99999999999"));
        Assert.Equal(99999999999L, StringFunctions.ToLong("99999999999"));
        Assert.Null(StringFunctions.ToDouble("twelve"));
        Assert.Null(StringFunctions.ToFloat(null));
    }

    [Fact]
    public void Truncate_never_exceeds_the_length_even_with_a_long_ellipsis()
    {
        Assert.Equal("…", StringFunctions.Truncate("Call us any time", 1, "…"));
        Assert.Equal(" (more)", StringFunctions.Truncate("Call us any time", 3, " (more)"));
        Assert.Equal("Call us", StringFunctions.Truncate("Call us", 7));
    }

    [Fact]
    public void Truncatewords_splits_on_any_white_space()
    {
        Assert.Equal("one two...", StringFunctions.Truncatewords("one\ttwo\n\nthree four", 2));
        Assert.Equal("one two", StringFunctions.Truncatewords("one two", 2));
    }

    [Fact]
    public void Escape_writes_line_breaks_tabs_and_nul_as_escape_sequences()
    {
        Assert.Equal("a\\tb\\r\\n\\0\\\\", StringFunctions.Escape("a\tb\r\n\0\\"));
        Assert.Equal("", StringFunctions.Escape(null));
        Assert.Equal("\"say \\\"hi\\\"\"", StringFunctions.Literal("say \"hi\""));
    }

    [Fact]
    public void RemoveLast_and_ReplaceFirst_from_the_end_change_only_the_last_occurrence()
    {
        Assert.Equal("a-b-", StringFunctions.RemoveLast("a-b-c", "c"));
        Assert.Equal("x.y.z", StringFunctions.ReplaceFirst("x.y-z", "-", ".", fromEnd: true));
    }

    [Fact]
    public void IndexOf_honours_start_count_and_comparison()
    {
        Assert.Equal(4, StringFunctions.IndexOf(At, "abcabc", "bc", 2));
        Assert.Equal(-1, StringFunctions.IndexOf(At, "abcabc", "bc", 2, 2));
        Assert.Equal(0, StringFunctions.IndexOf(At, "HELP", "help", stringComparison: "OrdinalIgnoreCase"));
        Assert.Equal(-1, StringFunctions.IndexOf(At, "help", "p", 10));
    }

    [Fact]
    public void IndexOf_with_an_unknown_comparison_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => StringFunctions.IndexOf(At, "a", "a", stringComparison: "Loose"));
        Assert.Equal(At, error.Span);
        Assert.Contains("Loose", error.Message);
    }

    [Fact]
    public void Base64_round_trips_unicode_text()
    {
        const string text = "Helpline ☎ 0800 — open 24/7";
        Assert.Equal(text, StringFunctions.Base64Decode(At, StringFunctions.Base64Encode(text)));
    }

    [Fact]
    public void Base64Decode_of_malformed_text_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => StringFunctions.Base64Decode(At, "not base64!"));
        Assert.Equal(At, error.Span);
    }

    [Fact]
    public void Hashes_use_the_utf8_bytes_of_the_text()
    {
        // Reference digests computed independently (Python hashlib/hmac over UTF-8 bytes).
        Assert.Equal("66ddcd97cfdeabb2f6fb8a999b4bc76f", StringFunctions.Md5("é"));
        Assert.Equal("cd72a91ba5a05906c66d495237885ed3400eee56e4c204e2d42b82cd75fedbda", StringFunctions.HmacSha256("données", "clé"));
        Assert.Equal(StringFunctions.Sha256(""), StringFunctions.Sha256(null));
    }

    [Fact]
    public void Split_without_a_separator_returns_the_whole_text()
    {
        Assert.Equal(["a b"], StringFunctions.Split("a b", ""));
        Assert.Equal(["a", "b"], StringFunctions.Split("a, b", ", "));
    }

    [Fact]
    public void Pad_with_a_width_below_the_length_leaves_the_text_alone()
    {
        Assert.Equal("abc", StringFunctions.PadLeft("abc", -4));
        Assert.Equal("abc ", StringFunctions.PadRight("abc", 4));
    }
}
