using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class TypoRoutesTests
{
    private static SortedDictionary<string, SortedSet<string>> Routes(params (string Shard, string[] Terms)[] shards) =>
        TypoRoutes.Build(shards.ToDictionary(s => s.Shard, s => s.Terms.ToList()));

    [Fact]
    public void A_term_is_filed_under_itself_and_each_form_less_one_of_its_shard_letters_or_the_next()
    {
        var routes = Routes(("rel", ["relaps"]));

        Assert.Equal(["elaps", "reaps", "relaps", "relps", "rlaps"], routes.Keys);
        Assert.All(routes.Values, shards => Assert.Equal(["rel"], shards));
    }

    [Fact]
    public void A_one_letter_shard_files_its_terms_less_their_first_or_second_letter()
    {
        var routes = Routes(("b", ["boundari"]));

        Assert.Equal(["boundari", "bundari", "oundari"], routes.Keys);
    }

    [Fact]
    public void Forms_shared_by_terms_of_several_shards_lead_to_each()
    {
        var routes = Routes(("ca", ["carri"]), ("ha", ["harri"]), ("hu", ["hurri"]));

        Assert.Equal(["ca", "ha"], routes["arri"]);
        Assert.Equal(["ha", "hu"], routes["hrri"]);
    }

    [Fact]
    public void Terms_too_short_to_correct_are_left_out()
    {
        var routes = Routes(("t", ["tri", "trust"]));

        Assert.DoesNotContain("tri", routes.Keys);
        Assert.Contains("trust", routes.Keys);
    }
}
