using System.Diagnostics;

namespace SiteGen.Templates.Tests.Engine;

public sealed class LimitTests
{
    [Fact]
    public void Endless_while_loop_fails_quickly_at_the_loop()
    {
        var watch = Stopwatch.StartNew();

        var error = TemplateRunner.RenderError("text\n{{ while true }}x{{ end }}");

        Assert.Equal("page.html(2,4) : error : Exceeding number of iteration limit `1000` for loop statement.", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Endless_recursion_fails_quickly_at_the_recursive_call()
    {
        var watch = Stopwatch.StartNew();

        var error = TemplateRunner.RenderError("{{ func down(n)\n  ret down(n + 1)\nend }}{{ down 0 }}");

        Assert.Equal("page.html(2,7) : error : Exceeding number of recursive depth limit `100` for node: `down`", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Loop_limit_is_configurable_and_zero_means_unlimited()
    {
        var template = "{{ i = 0 }}{{ while i < 1500; i += 1; end }}{{ i }}";

        Assert.Equal("1500", TemplateRunner.Render(template, c => c.LoopLimit = 0));
        var error = TemplateRunner.RenderError(template, c => c.LoopLimit = 10);
        Assert.Contains("`10`", error.Message);
    }

    [Fact]
    public void Recursion_limit_is_configurable()
    {
        var template = "{{ func f; if $0 > 0; ret f($0 - 1); end; ret 'done'; end }}{{ f 20 }}";

        Assert.Equal("done", TemplateRunner.Render(template));
        Assert.Throws<Runtime.ScriptRuntimeException>(() => TemplateRunner.Render(template, c => c.RecursionLimit = 10));
    }

    [Fact]
    public void Huge_range_is_refused()
    {
        var error = TemplateRunner.RenderError("{{ for x in 1..1000000 }}{{ end }}");

        Assert.Contains("Range expression exceeds LoopLimit `1000`", error.Message);
    }
}
