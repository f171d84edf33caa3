using SiteGen.Templates.Builtins;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Builtins;

public class BuiltinModulesTests
{
    private static string Render(string text, TemplateContext? context = null) =>
        Template.Parse(text, "page.html").Render(context ?? new TemplateContext());

    public sealed class HostArticle(string title)
    {
        public string Title { get; } = title;
    }

    [Fact]
    public void Every_module_is_frozen()
    {
        var modules = BuiltinModules.Create();
        Assert.Equal(["array", "date", "html", "math", "object", "regex", "string", "timespan"], modules.Keys.Order());
        foreach (var (name, module) in modules)
        {
            var obj = Assert.IsType<ScriptObject>(module);
            Assert.True(obj.IsFrozen, name);
            Assert.Throws<InvalidOperationException>(() => obj.SetValue("extra", 1, readOnly: false));
        }
    }

    [Fact]
    public void A_template_cannot_replace_a_builtin_function()
    {
        Assert.Throws<ScriptRuntimeException>(() => Render("{{ string.upcase = 1 }}"));
        Assert.Equal("HI", Render("{{ 'hi' | string.upcase }}"));
    }

    [Fact]
    public void Date_format_values_are_the_default_format()
    {
        Assert.Equal("%d %b %Y|%d %b %Y", Render("{{ date.format }}|{{ date.default_format }}"));
    }

    [Fact]
    public void Cycle_positions_are_kept_per_render()
    {
        const string text = "{{ array.cycle ['a', 'b'] }}{{ array.cycle ['a', 'b'] }}{{ array.cycle ['a', 'b'] }}";
        Assert.Equal("aba", Render(text));
        Assert.Equal("aba", Render(text));
    }

    [Fact]
    public void Date_now_reads_the_clock_the_host_pins()
    {
        var context = new TemplateContext { Now = () => new DateTime(2031, 5, 17, 8, 30, 0) };
        Assert.Equal("2031-05-17 08:30", Render("{{ date.now | date.to_string '%F %R' }}", context));
    }

    [Fact]
    public void Map_and_sort_read_host_objects_as_member_access_does()
    {
        var context = new TemplateContext();
        var model = new ScriptObject { ["articles"] = new ScriptArray { new HostArticle("Relapse"), new HostArticle("Aftercare") } };
        context.PushGlobal(model);
        Assert.Equal("Aftercare, Relapse", Render("{{ articles | array.sort 'title' | array.map 'title' | array.join ', ' }}", context));
    }

    [Fact]
    public void Named_arguments_use_the_documented_parameter_names()
    {
        Assert.Equal("2016-03-14", Render("{{ '14/03/2016' | date.parse_to_string '%F' input_pattern: '%d/%m/%Y' }}"));
        Assert.Equal("ell", Render("{{ 'hello' | string.slice 1 length: 3 }}"));
    }

    [Fact]
    public void Errors_inside_builtins_point_at_the_call_in_the_template()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render("line one\n{{ 'x' | regex.match '(' }}"));
        Assert.Equal(2, error.Span.Line);
        Assert.StartsWith("page.html(2,", error.Message);
    }
}
