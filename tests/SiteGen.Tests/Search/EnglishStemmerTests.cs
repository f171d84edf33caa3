using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("relapse")]
    [InlineData("relapses")]
    [InlineData("relapsed")]
    [InlineData("relapsing")]
    public void Relapse_forms_share_one_stem(string word) => Assert.Equal("relaps", EnglishStemmer.Stem(word));

    // Outputs of the published Porter2 algorithm (snowballstem.org's English sample vocabulary and definition).
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cries", "cri")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("hoped", "hope")]
    [InlineData("hopping", "hop")]
    [InlineData("running", "run")]
    [InlineData("happy", "happi")]
    [InlineData("say", "say")]
    [InlineData("generously", "generous")]
    [InlineData("generate", "generat")]
    [InlineData("communication", "communic")]
    [InlineData("consistency", "consist")]
    [InlineData("consolingly", "consol")]
    [InlineData("conspiracy", "conspiraci")]
    [InlineData("constable", "constabl")]
    [InlineData("knightly", "knight")]
    [InlineData("knives", "knive")]
    [InlineData("knitting", "knit")]
    [InlineData("relational", "relat")]
    [InlineData("families", "famili")]
    [InlineData("boundaries", "boundari")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electricity", "electr")]
    [InlineData("adoption", "adopt")]
    [InlineData("replacement", "replac")]
    public void Follows_porter2(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("early", "earli")]
    [InlineData("news", "news")]
    [InlineData("inning", "inning")]
    [InlineData("succeed", "succeed")]
    public void Keeps_the_special_forms(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("12")]
    public void Leaves_words_of_two_letters_alone(string word) => Assert.Equal(word, EnglishStemmer.Stem(word));
}
