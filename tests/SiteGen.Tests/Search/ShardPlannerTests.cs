using SiteGen.PostProcess.Search;

namespace SiteGen.Tests.Search;

public sealed class ShardPlannerTests
{
    [Fact]
    public void Small_indexes_get_one_shard_per_first_letter()
    {
        var shards = ShardPlanner.Plan(Sizes(("relaps", 10), ("trust", 10), ("talk", 10)), byteLimit: 100);

        Assert.Equal(["r", "t"], shards.Keys);
        Assert.Equal(["talk", "trust"], shards["t"]);
    }

    [Fact]
    public void A_shard_over_the_limit_splits_by_one_more_letter_and_keeps_its_short_terms()
    {
        var shards = ShardPlanner.Plan(Sizes(("r", 5), ("relaps", 45), ("repair", 45), ("run", 10)), byteLimit: 100);

        Assert.Equal(["r", "re", "ru"], shards.Keys);
        Assert.Equal(["r"], shards["r"]);
        Assert.Equal(["relaps", "repair"], shards["re"]);
        Assert.Equal(["run"], shards["ru"]);
    }

    [Fact]
    public void Splitting_goes_on_until_each_shard_fits()
    {
        var shards = ShardPlanner.Plan(Sizes(("relaps", 80), ("relat", 80), ("repair", 80)), byteLimit: 100);

        Assert.Equal(["relap", "relat", "rep"], shards.Keys);
        Assert.Equal(3, shards.Values.Sum(v => v.Count));
    }

    [Fact]
    public void A_single_term_larger_than_the_limit_keeps_the_shortest_key() =>
        Assert.Equal(["t"], ShardPlanner.Plan(Sizes(("trust", 500)), byteLimit: 100).Keys);

    [Fact]
    public void Every_term_lives_in_the_longest_key_that_prefixes_it()
    {
        var sizes = Sizes(("a", 30), ("ab", 30), ("abc", 30), ("abd", 30), ("b", 30), ("ba", 30));
        var shards = ShardPlanner.Plan(sizes, byteLimit: 50);

        foreach (var (key, terms) in shards)
        {
            foreach (var term in terms)
            {
                var longest = shards.Keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
                Assert.Equal(key, longest);
            }
        }
        Assert.Equal(sizes.Count, shards.Values.Sum(v => v.Count));
    }

    private static Dictionary<string, int> Sizes(params (string Term, int Bytes)[] terms) => terms.ToDictionary(t => t.Term, t => t.Bytes);
}
