using SiteGen.Parse;

namespace SiteGen.Tests.Parse;

public class DateValueTests
{
    [Theory]
    [InlineData("2025-03-14", "2025-03-14T00:00:00+00:00")]
    [InlineData("2025-03-14T09:30:00Z", "2025-03-14T09:30:00+00:00")]
    [InlineData("2025-03-14T09:30:00+01:00", "2025-03-14T09:30:00+01:00")]
    [InlineData("2025-03-14 09:30", "2025-03-14T09:30:00+00:00")]
    public void Parses_yaml_and_iso_dates_as_utc_unless_an_offset_is_given(string text, string expected)
    {
        Assert.True(DateValue.TryParse(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("14/03/2025")]
    [InlineData("2025-02-30")]
    [InlineData("yesterday")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(DateValue.TryParse(text, out _));
}
