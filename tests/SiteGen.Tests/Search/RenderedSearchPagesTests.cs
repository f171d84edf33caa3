using SiteGen.Diagnostics;
using SiteGen.PostProcess.Search;
using SiteGen.Render;
using SiteGen.Render.Themes;
using SiteGen.Tests.Render;

namespace SiteGen.Tests.Search;

/// <summary>The sections the renderer reads as pages render must index exactly as the rendered files do.</summary>
public sealed class RenderedSearchPagesTests
{
    private static RenderResult Render(string themeRoot)
    {
        var site = RenderSamples.Site(RenderSamples.Config(),
            [RenderSamples.Article("trust", 10, topics: ["family"]), RenderSamples.Article("grief", 12, topics: ["grief"])],
            [RenderSamples.Page("about")]);
        var errors = new ErrorList();
        var theme = ThemeLocator.Locate("default", [themeRoot], errors)!;
        var rendered = SiteRenderer.RenderSite(site, theme, errors, new RenderOptions());
        Assert.Empty(errors.Sorted());
        return rendered;
    }

    [Fact]
    public void The_index_from_rendering_equals_the_index_from_the_written_pages()
    {
        var rendered = Render(RenderedSite.RepositoryThemes);

        var fromRender = SearchIndexWriter.Write(rendered.SearchPages!);
        var fromFiles = SearchIndexWriter.Write(rendered.Files, "/help/");

        Assert.Equal(fromFiles.Select(f => f.Path), fromRender.Select(f => f.Path));
        Assert.All(fromFiles.Zip(fromRender), pair => Assert.Equal(pair.First.Content.ToArray(), pair.Second.Content.ToArray()));
        Assert.Contains(rendered.SearchPages!, p => p.Url == "/help/articles/trust/");
        Assert.Contains(rendered.SearchPages!, p => p.Url == "/help/about/");
    }

    [Fact]
    public void A_theme_without_a_search_page_gets_no_search_pages()
    {
        using var themes = new TempFolder();
        Support.Folders.Copy(Path.Combine(RenderedSite.RepositoryThemes, "default"), Path.Combine(themes.Root, "default"));
        File.Delete(Path.Combine(themes.Root, "default", "layouts", "search.html"));

        Assert.Null(Render(themes.Root).SearchPages);
    }
}
