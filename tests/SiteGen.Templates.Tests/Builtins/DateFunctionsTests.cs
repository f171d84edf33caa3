using System.Globalization;
using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Builtins;

public class DateFunctionsTests
{
    private static readonly SourceSpan At = new("layout.html", 12, 4);
    private static readonly DateTime Sample = new(2013, 9, 12, 22, 49, 27, 5);

    private static string Format(string pattern) => Strftime.Format(Sample, pattern, CultureInfo.InvariantCulture);

    // Expected values from the format table of the date.to_string documentation (2013-09-12 22:49:27).
    [Theory]
    [InlineData("%a", "Thu")]
    [InlineData("%A", "Thursday")]
    [InlineData("%b", "Sep")]
    [InlineData("%B", "September")]
    [InlineData("%c", "Thu Sep 12 22:49:27 2013")]
    [InlineData("%C", "20")]
    [InlineData("%d", "12")]
    [InlineData("%D", "09/12/13")]
    [InlineData("%e", "12")]
    [InlineData("%F", "2013-09-12")]
    [InlineData("%h", "Sep")]
    [InlineData("%H", "22")]
    [InlineData("%I", "10")]
    [InlineData("%j", "255")]
    [InlineData("%k", "22")]
    [InlineData("%l", "10")]
    [InlineData("%L", "005")]
    [InlineData("%m", "09")]
    [InlineData("%M", "49")]
    [InlineData("%n", "\n")]
    [InlineData("%N", "005000000")]
    [InlineData("%p", "PM")]
    [InlineData("%P", "pm")]
    [InlineData("%r", "10:49:27 PM")]
    [InlineData("%R", "22:49")]
    [InlineData("%S", "27")]
    [InlineData("%t", "\t")]
    [InlineData("%T", "22:49:27")]
    [InlineData("%u", "4")]
    [InlineData("%v", "12-SEP-2013")]
    [InlineData("%V", "37")]
    [InlineData("%w", "4")]
    [InlineData("%x", "09/12/2013")]
    [InlineData("%X", "22:49:27")]
    [InlineData("%y", "13")]
    [InlineData("%Y", "2013")]
    [InlineData("%%", "%")]
    public void Each_format_code_writes_its_part_of_the_date(string pattern, string expected)
    {
        Assert.Equal(expected, Format(pattern));
    }

    [Fact]
    public void Blank_padded_codes_pad_single_digits_with_a_space()
    {
        var morning = new DateTime(2016, 1, 5, 9, 3, 0);
        Assert.Equal(" 5| 9| 9", Strftime.Format(morning, "%e|%k|%l", CultureInfo.InvariantCulture));
        Assert.Equal("12", Strftime.Format(morning.Date, "%l", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unknown_codes_and_a_trailing_percent_are_written_as_is()
    {
        Assert.Equal("%Q 2013 %", Format("%Q %Y %"));
    }

    [Fact]
    public void Seconds_since_epoch_count_from_1970_utc()
    {
        var utc = new DateTime(1970, 1, 2, 0, 0, 1, DateTimeKind.Utc);
        Assert.Equal("86401", Strftime.Format(utc, "%s", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_with_g_alone_writes_the_default_format_after_a_space()
    {
        Assert.Equal(" 12 Sep 2013", DateFunctions.ToText(new TemplateContext(), At, Sample, "%g"));
    }

    [Fact]
    public void ToString_of_null_is_null_and_a_null_pattern_is_a_located_error()
    {
        Assert.Null(DateFunctions.ToText(new TemplateContext(), At, null, "%Y"));
        var error = Assert.Throws<ScriptRuntimeException>(() => DateFunctions.ToText(new TemplateContext(), At, Sample, null));
        Assert.Equal(At, error.Span);
    }

    [Fact]
    public void Parse_with_a_pattern_reads_exactly_that_layout()
    {
        var date = DateFunctions.Parse(new TemplateContext(), At, "12.09.2013 at 22h49", "%d.%m.%Y at %Hh%M");
        Assert.Equal(new DateTime(2013, 9, 12, 22, 49, 0), date);
    }

    [Fact]
    public void Parse_of_text_that_is_not_a_date_gives_null()
    {
        Assert.Null(DateFunctions.Parse(new TemplateContext(), At, "next tuesday"));
        Assert.Null(DateFunctions.Parse(new TemplateContext(), At, "2013-09-12", "%d/%m/%Y"));
        Assert.Null(DateFunctions.Parse(new TemplateContext(), At, ""));
    }

    [Fact]
    public void Parse_converts_dates_with_an_offset_to_local_time()
    {
        var date = DateFunctions.Parse(new TemplateContext(), At, "2021-11-30T09:50:23+02:00");
        Assert.Equal(new DateTimeOffset(2021, 11, 30, 9, 50, 23, TimeSpan.FromHours(2)).LocalDateTime, date);
    }

    [Fact]
    public void Parse_with_a_code_that_cannot_be_parsed_is_a_located_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => DateFunctions.Parse(new TemplateContext(), At, "255", "%j"));
        Assert.Equal(At, error.Span);
        Assert.Contains("%j", error.Message);
    }

    [Fact]
    public void Now_and_utc_now_come_from_the_context_clock()
    {
        var pinned = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Local);
        var context = new TemplateContext { Now = () => pinned };
        Assert.Equal(pinned, DateFunctions.Now(context));
        Assert.Equal(pinned.ToUniversalTime(), DateFunctions.UtcNow(context));
    }

    [Fact]
    public void AddMonths_clamps_to_the_end_of_shorter_months()
    {
        Assert.Equal(new DateTime(2016, 2, 29), DateFunctions.AddMonths(new DateTime(2016, 1, 31), 1));
    }

    [Fact]
    public void TimeSpan_parse_of_malformed_text_is_a_located_error()
    {
        Assert.Equal(new TimeSpan(1, 2, 3, 4), TimeSpanFunctions.Parse(At, "1.02:03:04"));
        var error = Assert.Throws<ScriptRuntimeException>(() => TimeSpanFunctions.Parse(At, "soon"));
        Assert.Equal(At, error.Span);
    }
}
