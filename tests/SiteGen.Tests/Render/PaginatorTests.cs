using SiteGen.Render.Pages;

namespace SiteGen.Tests.Render;

public sealed class PaginatorTests
{
    [Fact]
    public void Splits_into_full_pages_and_a_last_partial_page_at_page_n_paths()
    {
        var items = Enumerable.Range(1, 23).ToList();

        var pages = Paginator.Split(items, 10, "topics/family/");

        Assert.Equal(["topics/family/", "topics/family/page/2/", "topics/family/page/3/"], pages.Select(p => p.Path));
        Assert.Equal([10, 10, 3], pages.Select(p => p.Items.Count));
        Assert.Equal(21, pages[2].Items[0]);
        Assert.All(pages, p => Assert.Equal(3, p.Total));
    }

    [Fact]
    public void An_exact_multiple_makes_no_empty_trailing_page()
    {
        Assert.Equal(2, Paginator.Split(Enumerable.Range(1, 20).ToList(), 10, "").Count);
    }

    [Fact]
    public void An_empty_list_still_has_its_first_page()
    {
        var page = Assert.Single(Paginator.Split(new List<int>(), 10, ""));

        Assert.Equal("", page.Path);
        Assert.Empty(page.Items);
    }
}
