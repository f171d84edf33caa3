using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

public sealed class ThreadSafetyTests
{
    [Fact]
    public void One_parsed_template_renders_identically_from_many_threads()
    {
        var template = Template.Parse("""
            {{ func badge(label) }}<b>{{ label | string.upcase }}</b>{{ end }}
            {{~ for item in items ~}}
            <li class="{{ for.even ? 'even' : 'odd' }}">{{ badge item.name }} {{ $total = ($total ?? 0) + item.count; $total }}</li>
            {{~ end ~}}
            {{ capture summary }}{{ items.size }} items{{ end }}{{ summary }}
            """);
        Assert.False(template.HasErrors);
        ScriptObject Globals(int seed) => new()
        {
            ["items"] = new ScriptArray(Enumerable.Range(0, 50).Select(i => (object?)new ScriptObject { ["name"] = $"n{i + seed}", ["count"] = i })),
        };
        var expected = Enumerable.Range(0, 4).Select(seed =>
        {
            var context = new TemplateContext();
            context.PushGlobal(Globals(seed));
            return template.Render(context);
        }).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var context = new TemplateContext();
            context.PushGlobal(Globals(i % 4));
            results[i] = template.Render(context);
        });

        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % 4], results[i]);
        Assert.Contains("<b>N0</b>", expected[0]);
        Assert.Contains("50 items", expected[0]);
    }

    [Fact]
    public void A_context_can_be_reset_and_reused()
    {
        var template = Template.Parse("{{ x = (x ?? 0) + 1 }}{{ x }}");
        var context = new TemplateContext();

        Assert.Equal("1", template.Render(context));
        context.Reset();
        Assert.Equal("1", template.Render(context));
    }
}

public sealed class SharedGlobalsTests
{
    [Fact]
    public void Frozen_shared_globals_refuse_changes_with_located_errors()
    {
        var site = new ScriptObject { ["name"] = "Steady Ground" };
        site.Freeze();
        var shared = new ScriptObject { ["site"] = site };
        shared.Freeze();

        Assert.Equal("page.html(1,9) : error : Cannot set a value for the readonly member: site.name",
            TemplateRunner.RenderError("{{ site.name = 'x' }}", c => c.PushGlobal(shared)).Message);
        Assert.Equal("page.html(1,23) : error : Cannot set the readonly variable `site`",
            TemplateRunner.RenderError("{{ with shared_scope; site = 1; end }}", globals: new ScriptObject { ["shared_scope"] = shared }).Message);
        Assert.Equal("Steady Ground", TemplateRunner.Render("{{ site.name }}", c => c.PushGlobal(shared)));
    }
}
