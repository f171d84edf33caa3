using SiteGen.Render.Pages;
using SiteGen.Render.Views;

namespace SiteGen.Tests.Render;

public sealed class PagePlanTests
{
    private static IReadOnlyList<PageJob> Plan(int articleCount, int perPage, string[]? topicsOfEven = null)
    {
        var articles = Enumerable.Range(1, articleCount)
            .Select(i => RenderSamples.Article($"a{i:00}", i, topics: i % 2 == 0 ? topicsOfEven ?? ["family"] : ["relapse"]))
            .ToList();
        var site = RenderSamples.Site(RenderSamples.Config(perPage: perPage), articles);
        return PagePlan.For(site, SiteViews.Build(site, new Dictionary<string, string>(), null), d => d.SourcePath);
    }

    [Fact]
    public void Every_kind_of_page_goes_to_its_pretty_url()
    {
        var paths = Plan(3, 10).Select(j => j.OutputPath).ToList();

        Assert.Contains("index.html", paths);
        Assert.Contains("articles/a01/index.html", paths);
        Assert.Contains("topics/index.html", paths);
        Assert.Contains("topics/family/index.html", paths);
        Assert.Contains("about/index.html", paths);
        Assert.Contains("404.html", paths);
        Assert.Contains("search/index.html", paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void The_home_page_is_paginated_beyond_articles_per_page()
    {
        var home = Plan(12, 5).Where(j => j.Info.Kind == "home").ToList();

        Assert.Equal(["index.html", "page/2/index.html", "page/3/index.html"], home.Select(j => j.OutputPath));
        var second = ((ListVariables)home[1].Variables).Pagination;
        Assert.Equal("/help/", second.PreviousUrl);
        Assert.Equal("/help/page/3/", second.NextUrl);
        Assert.Equal(5, ((ListVariables)home[1].Variables).Articles.Count);
    }

    [Fact]
    public void Topic_pages_list_only_the_topics_articles_newest_first_and_paginate()
    {
        var family = Plan(9, 3).Where(j => j.OutputPath.StartsWith("topics/family/")).ToList();

        Assert.Equal(["topics/family/index.html", "topics/family/page/2/index.html"], family.Select(j => j.OutputPath));
        var slugs = family.SelectMany(j => ((ListVariables)j.Variables).Articles).Select(a => a.Slug);
        Assert.Equal(["a08", "a06", "a04", "a02"], slugs);
        Assert.Equal("Family", ((ListVariables)family[0].Variables).Topic!.Name);
    }

    [Fact]
    public void A_page_asks_for_its_own_layout_and_only_the_search_page_is_optional()
    {
        var site = RenderSamples.Site(RenderSamples.Config(), [RenderSamples.Article("a", 1)], [RenderSamples.Page("contact", layout: "form")]);
        var jobs = PagePlan.For(site, SiteViews.Build(site, new Dictionary<string, string>(), null), d => d.SourcePath);

        Assert.Equal(["form"], jobs.Single(j => j.OutputPath == "contact/index.html").Layouts);
        Assert.Equal(["search/index.html"], jobs.Where(j => j.Optional).Select(j => j.OutputPath));
    }
}
