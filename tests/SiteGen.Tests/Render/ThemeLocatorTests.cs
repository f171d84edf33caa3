using SiteGen.Diagnostics;
using SiteGen.Render.Themes;

namespace SiteGen.Tests.Render;

public sealed class ThemeLocatorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string SiteThemes => _folder.Path("site/themes");
    private string ShippedThemes => _folder.Path("shipped/themes");

    public void Dispose() => _folder.Dispose();

    private Theme? Locate(string name, ErrorList errors) => ThemeLocator.Locate(name, [SiteThemes, ShippedThemes], errors);

    [Fact]
    public void A_site_theme_shadows_a_shipped_theme_of_the_same_name()
    {
        _folder.Write("site/themes/default/theme.yml", "name: default\n")
            .Write("shipped/themes/default/theme.yml", "name: default\n");

        var theme = Locate("default", new ErrorList());

        Assert.Equal(_folder.Path("site/themes/default"), Assert.Single(theme!.Chain).Root);
    }

    [Fact]
    public void A_theme_that_extends_another_overrides_single_layouts_and_inherits_the_rest()
    {
        _folder.Write("site/themes/calm/theme.yml", "name: Calm\nextends: default\n")
            .Write("site/themes/calm/layouts/article.html", "calm article")
            .Write("shipped/themes/default/theme.yml", "name: default\n")
            .Write("shipped/themes/default/layouts/article.html", "default article")
            .Write("shipped/themes/default/layouts/page.html", "default page");

        var theme = Locate("calm", new ErrorList())!;

        Assert.Equal(["calm", "default"], theme.Chain.Select(t => t.Name));
        Assert.Equal(_folder.Path("site/themes/calm/layouts/article.html"), theme.FindLayout("article").Found);
        Assert.Equal(_folder.Path("shipped/themes/default/layouts/page.html"), theme.FindLayout("page").Found);
    }

    [Fact]
    public void A_more_specific_layout_of_the_parent_wins_over_a_generic_layout_of_the_child()
    {
        _folder.Write("site/themes/calm/theme.yml", "name: calm\nextends: default\n")
            .Write("site/themes/calm/layouts/list.html", "calm list")
            .Write("shipped/themes/default/theme.yml", "name: default\n")
            .Write("shipped/themes/default/layouts/home.html", "default home");

        var theme = Locate("calm", new ErrorList())!;

        Assert.Equal(_folder.Path("shipped/themes/default/layouts/home.html"), theme.FindLayout("home", "list").Found);
        Assert.Equal(_folder.Path("site/themes/calm/layouts/list.html"), theme.FindLayout("topic", "list").Found);
    }

    [Fact]
    public void A_missing_layout_lists_every_candidate_in_lookup_order()
    {
        _folder.Write("site/themes/calm/theme.yml", "name: calm\nextends: default\n")
            .Write("shipped/themes/default/theme.yml", "name: default\n");
        var theme = Locate("calm", new ErrorList())!;

        var lookup = theme.FindLayout("landing");

        Assert.False(lookup.Exists);
        Assert.Equal([_folder.Path("site/themes/calm/layouts/landing.html"), _folder.Path("shipped/themes/default/layouts/landing.html")], lookup.Candidates);
        Assert.Contains("layouts/landing.html, ", lookup.NotFoundMessage("layout", "landing"));
    }

    [Fact]
    public void A_theme_that_is_nowhere_is_reported_with_the_folders_tried()
    {
        var errors = new ErrorList();

        Assert.Null(Locate("sunrise", errors));

        var error = Assert.Single(errors.Sorted());
        Assert.Equal("site.yml", error.File);
        Assert.Contains("theme 'sunrise' not found", error.Message);
        Assert.Contains("site/themes/sunrise/theme.yml", error.Message);
        Assert.Contains("shipped/themes/sunrise/theme.yml", error.Message);
    }

    [Fact]
    public void A_cycle_in_extends_is_an_error_naming_the_cycle()
    {
        _folder.Write("site/themes/a/theme.yml", "name: a\nextends: b\n")
            .Write("site/themes/b/theme.yml", "name: b\nextends: a\n");
        var errors = new ErrorList();

        Assert.Null(Locate("a", errors));

        var error = Assert.Single(errors.Sorted());
        Assert.EndsWith("themes/b/theme.yml", error.File);
        Assert.Contains("a -> b -> a", error.Message);
    }

    [Fact]
    public void A_theme_manifest_without_a_name_is_reported_at_the_manifest()
    {
        _folder.Write("site/themes/odd/theme.yml", "extends: default\n");
        var errors = new ErrorList();

        Assert.Null(Locate("odd", errors));

        Assert.EndsWith("themes/odd/theme.yml", Assert.Single(errors.Sorted()).File);
    }

    [Fact]
    public void Invalid_yaml_in_a_manifest_is_reported_at_its_line()
    {
        _folder.Write("site/themes/odd/theme.yml", "name: odd\nextends: [default\n");
        var errors = new ErrorList();

        Assert.Null(Locate("odd", errors));

        var error = Assert.Single(errors.Sorted());
        Assert.True(error.Line >= 2, error.ToString());
    }

    [Fact]
    public void Assets_of_the_child_theme_replace_same_named_assets_of_the_parent()
    {
        _folder.Write("site/themes/calm/theme.yml", "name: calm\nextends: default\n")
            .Write("site/themes/calm/assets/css/site.css", "calm")
            .Write("shipped/themes/default/theme.yml", "name: default\n")
            .Write("shipped/themes/default/assets/css/site.css", "default")
            .Write("shipped/themes/default/assets/favicon.svg", "<svg/>");

        var assets = Locate("calm", new ErrorList())!.Assets();

        Assert.Equal(["css/site.css", "favicon.svg"], assets.Select(a => a.RelativePath));
        Assert.Equal("calm", File.ReadAllText(assets[0].FullPath));
    }
}
