using BenchmarkDotNet.Attributes;
using Scriban;
using SiteGen.Diagnostics;
using SiteGen.Render.Layouts;
using SiteGen.Render.Pages;
using SiteGen.Render.Templates;

namespace SiteGen.Benchmarks.Templates;

/// <summary>
/// The default theme's pages rendered warm, as a build thread renders them: one Scriban context reused page after
/// page, the layouts and partials parsed once. An article page (layout, base, a dozen partials, five related
/// articles) and a topic list of ten article cards.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private SampleSite _site = null!;
    private LayoutRenderer _renderer = null!;
    private PageJob _article = null!;
    private PageJob _topic = null!;
    private string _articleLayout = null!;
    private string _listLayout = null!;
    private string _baseLayout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new SampleSite();
        var errors = new ErrorList();
        _renderer = new LayoutRenderer(_site.Theme, _site.Views.Languages, _site.Words, "en", TemplateLimits.For(1000), errors);
        _article = _site.Job("article");
        _topic = _site.Job("topic");
        _articleLayout = _site.Theme.FindLayout("article").Found!;
        _listLayout = _site.Theme.FindLayout("topic", "list").Found!;
        _baseLayout = _site.Theme.FindLayout("base").Found!;
        if (RenderArticle() == 0 || RenderTopic() == 0 || errors.HasErrors)
            throw new InvalidOperationException("The sample pages did not render: " + string.Join("\n", errors.Sorted()));
    }

    [Benchmark]
    public int RenderArticle() => _renderer.TryRender(_article, _articleLayout, _baseLayout, null, out var html) ? html.Length : 0;

    [Benchmark]
    public int RenderTopic() => _renderer.TryRender(_topic, _listLayout, _baseLayout, null, out var html) ? html.Length : 0;

    [Benchmark]
    public int ParseArticleLayout() => Template.Parse(File.ReadAllText(_articleLayout), _articleLayout).Messages.Count;
}
