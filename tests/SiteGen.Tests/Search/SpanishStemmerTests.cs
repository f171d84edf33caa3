using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class SpanishStemmerTests
{
    // Outputs of Snowball's Spanish stemmer from its published sample vocabulary, for words no accent rule touches.
    [Theory]
    [InlineData("checa", "chec")]
    [InlineData("chequeo", "cheque")]
    [InlineData("cheque", "chequ")]
    [InlineData("chiapaneca", "chiapanec")]
    [InlineData("chicharrones", "chicharron")]
    [InlineData("torrenciales", "torrencial")]
    [InlineData("tornillos", "tornill")]
    [InlineData("trabajaban", "trabaj")]
    [InlineData("trabajadoras", "trabaj")]
    [InlineData("trabajando", "trabaj")]
    [InlineData("totalmente", "total")]
    [InlineData("totalidad", "total")]
    [InlineData("torpeza", "torpez")]
    [InlineData("torniquete", "torniquet")]
    [InlineData("torpedearon", "torped")]
    [InlineData("toreándolo", "tor")]
    [InlineData("torero", "torer")]
    [InlineData("tórax", "torax")]
    public void Gives_snowballs_stems(string word, string stem) => Assert.Equal(stem, SpanishStemmer.Stem(word));

    [Theory]
    [InlineData("recaída", "recaida", "recaídas")]
    [InlineData("límites", "limites", "límite")]
    [InlineData("perdón", "perdon", "perdonar")]
    [InlineData("niños", "ninos", "niño")]
    public void A_word_typed_without_its_accents_meets_the_word_with_them(string written, string typed, string other)
    {
        Assert.Equal(SpanishStemmer.Stem(written), SpanishStemmer.Stem(typed));
        Assert.Equal(SpanishStemmer.Stem(written), SpanishStemmer.Stem(other));
    }

    [Fact]
    public void An_attached_pronoun_goes_with_the_verb_it_follows() =>
        Assert.Equal(SpanishStemmer.Stem("haciendo"), SpanishStemmer.Stem("haciéndola"));

    [Fact]
    public void Different_words_keep_different_stems()
    {
        Assert.NotEqual(SpanishStemmer.Stem("confianza"), SpanishStemmer.Stem("familia"));
        Assert.NotEqual(SpanishStemmer.Stem("perdón"), SpanishStemmer.Stem("pareja"));
    }

    [Fact]
    public void Spanish_stop_words_are_dropped_with_or_without_accents()
    {
        Assert.Null(SearchLanguage.Spanish.Term("está"));
        Assert.Null(SearchLanguage.Spanish.Term("esta"));
        Assert.Equal("famil", SearchLanguage.Spanish.Term("familias"));
        Assert.Null(SearchLanguage.English.Term("the"));
        Assert.Equal("esta", SearchLanguage.English.Term("esta"));
    }

    [Fact]
    public void A_language_without_a_stemmer_is_indexed_word_for_word_with_accents_folded()
    {
        var plain = SearchLanguage.For("fr");
        Assert.Equal("", plain.Code);
        Assert.Equal("eleve", plain.Term("élève"));
        Assert.Same(SearchLanguage.Spanish, SearchLanguage.For("es-MX"));
        Assert.Same(SearchLanguage.English, SearchLanguage.For("en-GB"));
    }
}
