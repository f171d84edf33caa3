using SiteGen.Model;

namespace SiteGen.Tests.Model;

public class ModelBuilderTests
{
    private static readonly SiteConfig Config = new()
    {
        Title = "T",
        BaseUrl = "https://example.org/",
        TopicNames = new Dictionary<string, string> { ["trust"] = "Rebuilding trust" },
    };

    private static Article Article(string slug, string date, params string[] topics) => new()
    {
        SourcePath = $"articles/{slug}.md",
        Slug = slug,
        Title = slug,
        BodyHtml = new CompactText(""),
        Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Topics = topics,
    };

    private static Site Build(params Article[] articles) => ModelBuilder.Build(Config, articles, [], []);

    [Fact]
    public void Orders_articles_newest_first_with_ties_by_slug()
    {
        var site = Build(Article("b", "2025-01-01"), Article("old", "2024-01-01"), Article("a", "2025-01-01"), Article("new", "2025-06-01"));
        Assert.Equal(["new", "a", "b", "old"], site.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Previous_is_older_and_next_is_newer()
    {
        var site = Build(Article("old", "2024-01-01"), Article("mid", "2024-06-01"), Article("new", "2025-01-01"));
        var mid = site.Articles[1];
        Assert.Equal("old", site.Previous(mid)!.Slug);
        Assert.Equal("new", site.Next(mid)!.Slug);
        Assert.Null(site.Next(site.Articles[0]));
        Assert.Null(site.Previous(site.Articles[2]));
    }

    [Fact]
    public void Topics_come_from_articles_with_names_from_the_config_or_title_cased()
    {
        var site = Build(Article("a", "2025-01-01", "trust", "self-care"), Article("b", "2025-02-01", "trust"));

        Assert.Equal([("Rebuilding trust", "trust"), ("Self Care", "self-care")], site.Topics.Select(t => (t.Name, t.Slug)));
        Assert.Equal(["b", "a"], site.Topics[0].Articles.Select(a => a.Slug));
        Assert.Equal("topics/self-care/", site.Topics[1].Path);
    }

    [Fact]
    public void Related_articles_share_the_most_topics_first_then_are_newest()
    {
        var self = Article("self", "2025-01-01", "trust", "amends", "family");
        var site = Build(
            self,
            Article("one-old", "2020-01-01", "trust"),
            Article("one-new", "2024-01-01", "amends"),
            Article("two", "2019-01-01", "trust", "family"),
            Article("three", "2018-01-01", "trust", "amends", "family"),
            Article("none", "2025-02-01", "relapse"),
            Article("one-mid", "2022-01-01", "family"),
            Article("one-older", "2010-01-01", "family"));

        Assert.Equal(["three", "two", "one-new", "one-mid", "one-old"], site.Related(self).Select(a => a.Slug));
        Assert.Empty(site.Related(site.Articles.Single(a => a.Slug == "none")));
    }

    [Fact]
    public void Related_articles_are_the_newest_of_many_sharing_every_topic_and_never_the_article_itself()
    {
        var articles = Enumerable.Range(1, 12)
            .Select(n => Article($"both-{n:00}", $"2024-01-{n:00}", "trust", "amends"))
            .Append(Article("one-newest", "2025-01-01", "trust"))
            .ToArray();
        var site = Build(articles);

        var newest = site.Articles.Single(a => a.Slug == "both-12");
        Assert.Equal(["both-11", "both-10", "both-09", "both-08", "both-07"], site.Related(newest).Select(a => a.Slug));
        var older = site.Articles.Single(a => a.Slug == "both-09");
        Assert.Equal(["both-12", "both-11", "both-10", "both-08", "both-07"], site.Related(older).Select(a => a.Slug));
        // Topics in another order are the same set.
        var reordered = Build([.. articles, Article("reordered", "2023-01-01", "amends", "trust")]);
        Assert.Equal(["both-12", "both-11", "both-10", "both-09", "both-08"], reordered.Related(reordered.Articles.Single(a => a.Slug == "reordered")).Select(a => a.Slug));
    }

    [Fact]
    public void Related_articles_asked_for_from_many_threads_at_once_are_one_list_each()
    {
        var articles = Enumerable.Range(1, 200)
            .Select(n => Article($"a-{n:000}", $"2024-01-01T{n / 60:00}:{n % 60:00}:00Z", n % 3 == 0 ? ["trust", "amends"] : ["trust"]))
            .ToArray();
        var site = Build(articles);
        var expected = Build(articles).Articles.ToDictionary(a => a.Slug, a => Build(articles).Related(a).Select(r => r.Slug).ToList());

        var found = new System.Collections.Concurrent.ConcurrentBag<(string Slug, IReadOnlyList<Article> Related)>();
        Parallel.ForEach(site.Articles.Concat(site.Articles), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            article => found.Add((article.Slug, site.Related(article))));

        foreach (var group in found.GroupBy(f => f.Slug))
        {
            // Ranked once: every thread gets the same list, as a build that ranks every article in turn would.
            Assert.Single(group.Select(g => g.Related).Distinct(ReferenceEqualityComparer.Instance));
            Assert.Equal(expected[group.Key], group.First().Related.Select(r => r.Slug));
        }
    }

    [Fact]
    public void An_article_from_another_site_has_no_related_articles()
    {
        var site = Build(Article("a", "2025-01-01", "trust"), Article("b", "2025-02-01", "trust"));

        Assert.Empty(site.Related(Article("a", "2025-01-01", "trust")));
    }
}
