using SiteGen.Diagnostics;
using SiteGen.Render.Templates;
using SiteGen.Render.Themes;
using SiteGen.Tests.Render;

namespace SiteGen.Tests.Templates;

/// <summary>Each template of a theme is read and parsed once per build, whichever threads ask for it.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private readonly TempFolder _theme = new();

    public void Dispose() => _theme.Dispose();

    private TemplateCache Cache(ErrorList errors) =>
        new(new ThemeTemplateLoader(new Theme([new ThemeDirectory("t", _theme.Root, null)])), errors);

    [Fact]
    public void Every_thread_gets_the_one_parse_of_a_template()
    {
        _theme.Write("layouts/base.html", "<p>{{ page.title }}</p>");
        var cache = Cache(new ErrorList());

        var parsed = Enumerable.Range(0, 64).AsParallel().Select(_ => cache.Get(_theme.Path("layouts/base.html"))).ToList();

        Assert.NotNull(parsed[0]);
        Assert.All(parsed, template => Assert.Same(parsed[0], template));
    }

    [Fact]
    public void Syntax_errors_are_reported_once_each_at_their_place()
    {
        _theme.Write("layouts/base.html", "<p>{{ if }}</p>\n{{ x = }}\n");
        var errors = new ErrorList();
        var cache = Cache(errors);

        Assert.All(Enumerable.Range(0, 8).AsParallel().Select(_ => cache.Get(_theme.Path("layouts/base.html"))), Assert.Null);

        var reported = errors.Sorted();
        Assert.True(reported.Count >= 2, string.Join("\n", reported));
        Assert.Equal(reported.Count, reported.Distinct().Count());
        Assert.Equal([1, 2], reported.Select(e => e.Line).Distinct());
        Assert.All(reported, e => Assert.EndsWith("layouts/base.html", e.File));
    }
}
