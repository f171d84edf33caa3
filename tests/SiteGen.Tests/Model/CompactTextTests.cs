using System.Text;
using SiteGen.Model;

namespace SiteGen.Tests.Model;

public sealed class CompactTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Plain ASCII.</p>")]
    [InlineData("<p>Recaída, niños y familia: “comillas” — 💬</p>")]
    [InlineData("a lone \ud800 surrogate")]
    public void Gives_back_the_text_it_was_made_from(string text)
    {
        var compact = new CompactText(text);
        char[] buffer = [];

        Assert.Equal(text, compact.ToString());
        Assert.Equal(text, compact.Chars(ref buffer).ToString());
        Assert.Equal(text.Length == 0, compact.IsEmpty);
    }

    [Fact]
    public void Keeps_mostly_ascii_text_in_one_byte_a_character()
    {
        var compact = new CompactText("<p>Trust comes back slowly.</p>");

        Assert.Equal("<p>Trust comes back slowly.</p>".Length, compact.Utf8Bytes.Length);
    }

    [Fact]
    public void A_builder_spread_over_many_chunks_gives_the_same_text_as_its_string()
    {
        var builder = new StringBuilder(16);
        // Appends of odd sizes put surrogate pairs across the builder's chunk boundaries.
        for (int i = 0; i < 3000; i++) builder.Append(i % 7 == 0 ? "💬" : "é").Append(i);

        Assert.Equal(builder.ToString(), CompactText.Of(builder).ToString());
    }

    [Theory]
    [InlineData("id=\"faq-why\"", true)]
    [InlineData("niños", true)]
    [InlineData("💬", true)]
    [InlineData("id=\"faq-who\"", false)]
    [InlineData("Niños", false)]
    [InlineData("\ud800", false)]
    public void Finds_what_the_text_holds_compared_ordinally(string value, bool found)
    {
        var compact = new CompactText("<details id=\"faq-why\"><p>Los niños 💬</p></details>");

        Assert.Equal(found, compact.Contains(value));
    }

    [Fact]
    public void Finds_a_value_longer_than_what_fits_on_the_stack()
    {
        string paragraph = "<p>" + new string('x', 600) + "é</p>";
        var compact = new CompactText("<main>" + paragraph + "</main>");

        Assert.True(compact.Contains(paragraph));
        Assert.False(compact.Contains(paragraph + "<p>"));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_still_searched()
    {
        var compact = new CompactText("before \udc00 after");

        Assert.True(compact.Contains("\udc00 after"));
        Assert.False(compact.Contains("missing"));
    }

    [Fact]
    public void Equal_texts_are_equal_and_hash_alike()
    {
        var one = new CompactText("<p>Same.</p>");
        var other = new CompactText("<p>Same.</p>");

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, new CompactText("<p>Other.</p>"));
        Assert.NotEqual(new CompactText("\ud800"), new CompactText("\ufffd"));
    }
}
