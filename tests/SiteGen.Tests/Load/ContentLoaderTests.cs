using SiteGen.Diagnostics;
using SiteGen.Load;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Load;

public class ContentLoaderTests
{
    [Fact]
    public void Sorts_sources_into_articles_pages_and_files_to_copy()
    {
        using var site = SiteFixture.Create(
            ("content/articles/b.md", "b"), ("content/articles/a.md", "a"), ("content/pages/about.md", "about"),
            ("content/articles/photo.jpg", "jpg"), ("content/images/logo.png", "png"),
            ("content/notes.md", "not published"), ("content/.git/config", "hidden"), ("content/articles/.draft.md", "hidden"));
        var errors = new ErrorList();

        var content = ContentLoader.Load(site.Content, errors);

        Assert.False(errors.HasErrors);
        Assert.NotNull(content.SiteConfig);
        Assert.Equal(["articles/a.md", "articles/b.md"], content.Articles.Select(a => a.RelativePath));
        Assert.Equal(["pages/about.md"], content.Pages.Select(p => p.RelativePath));
        Assert.Equal(["articles/photo.jpg", "images/logo.png"], content.Files.Select(f => f.OutputPath));
    }

    [Fact]
    public void Reports_a_missing_site_yml()
    {
        using var site = SiteFixture.Create(("content/articles/a.md", "a"));
        File.Delete(site.Full("content/site.yml"));
        var errors = new ErrorList();

        Assert.Null(ContentLoader.Load(site.Content, errors).SiteConfig);
        Assert.Contains("site.yml not found", Assert.Single(errors.Sorted()).Message);
    }
}
