using System.Text;
using BenchmarkDotNet.Attributes;
using SiteGen.Templates;
using SiteGen.Templates.Runtime;

namespace SiteGen.Benchmarks.Templates;

/// <summary>
/// Parsing and rendering the article page. The render reuses one context (reset between pages),
/// one include cache and one output builder, as the site build does per thread.
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private Template _layout = null!;
    private TemplateContext _context = null!;
    private ScriptObject _globals = null!;
    private readonly StringBuilder _output = new(16 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _layout = Template.Parse(ArticlePageFixture.Layout, "layout.html");
        _globals = ArticlePageFixture.Globals();
        _context = new TemplateContext { TemplateLoader = new ArticlePageFixture.Loader(), StrictVariables = true };
        RenderArticle();
    }

    [Benchmark]
    public Template ParseLayout() => Template.Parse(ArticlePageFixture.Layout, "layout.html");

    [Benchmark]
    public int ParseLayoutAndPartials()
    {
        var count = Template.Parse(ArticlePageFixture.Layout, "layout.html").Messages.Count;
        foreach (var (name, text) in ArticlePageFixture.Partials) count += Template.Parse(text, name).Messages.Count;
        return count;
    }

    [Benchmark]
    public int RenderArticle()
    {
        _context.Reset();
        _context.PushGlobal(_globals);
        _output.Clear();
        _layout.Render(_context, _output);
        return _output.Length;
    }
}
