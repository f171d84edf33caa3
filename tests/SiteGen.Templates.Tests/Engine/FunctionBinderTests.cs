using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Engine;

public sealed class FunctionBinderTests
{
    public static class Helpers
    {
        public static string Greet(string name, string greeting = "Hello") => $"{greeting}, {name}";
        public static int Sum(params object?[] values) => values.Sum(v => Convert.ToInt32(v));
        public static string Where(TemplateContext context, SourceSpan span, int times) => $"{span.Line}:{span.Column}x{times}";
        public static double Half(double value) => value / 2;
        [ScriptMemberName("shout")] public static string MakeLoud(string text) => text.ToUpperInvariant();
        public static string AddRange(IEnumerable<object?> items) => string.Join("+", items);
    }

    private static ScriptObject Imported()
    {
        var globals = new ScriptObject();
        globals.Import(typeof(Helpers));
        return globals;
    }

    [Fact]
    public void Static_methods_become_snake_case_functions_with_defaults_params_and_injection()
    {
        var output = TemplateRunner.Render(
            "{{ greet 'Ana' }}|{{ greet 'Ana' 'Hi' }}|{{ greet 'Ana' greeting: 'Welcome' }}|{{ sum 1 2 3 }}|{{ where 4 }}|{{ half 5 }}|{{ shout 'ok' }}|{{ add_range [1, 2] }}",
            globals: Imported());

        Assert.Equal("Hello, Ana|Hi, Ana|Welcome, Ana|6|1:99x4|2.5|OK|1+2", output);
    }

    [Fact]
    public void Functions_are_bound_once_per_method()
    {
        var method = typeof(Helpers).GetMethod(nameof(Helpers.Greet))!;

        Assert.Same(MethodFunction.ForStatic(method), MethodFunction.ForStatic(method));
        Assert.Same(Imported()["greet"], Imported()["greet"]);
    }

    [Fact]
    public void Impossible_conversion_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("\n{{ half [1] }}", globals: Imported());

        Assert.Equal("page.html(2,4) : error : Unable to convert type `array` to `double`", error.Message);
    }

    [Fact]
    public void Too_many_arguments_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("{{ greet 'a' 'b' 'c' }}", globals: Imported());

        Assert.Equal("page.html(1,4) : error : Invalid number of arguments `3` passed to `greet` while expecting `2` arguments", error.Message);
    }

    [Fact]
    public void Delegates_can_be_imported_by_name()
    {
        var globals = new ScriptObject();
        globals.Import("helpline", new Func<string, string>(region => region == "uk" ? "0300 123 6600" : "988"));

        Assert.Equal("988 0300 123 6600", TemplateRunner.Render("{{ helpline 'us' }} {{ 'uk' | helpline }}", globals: globals));
    }
}
