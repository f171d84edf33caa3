using Scriban;
using Scriban.Syntax;
using SiteGen.Render.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>SiteGen's <c>html.escape</c>, called directly (<see cref="DirectEscape"/>) or through Scriban, renders what Scriban's builtin renders, errors and limits included.</summary>
public sealed class HtmlEscapeTests
{
    [Theory]
    [InlineData("{{ 'Boundaries & trust' | html.escape }}")]
    [InlineData("{{ \"<b>\\\"quoted\\\" 'single'</b>\" | html.escape }}")]
    [InlineData("{{ 'nothing to escape' | html.escape }}")]
    [InlineData("{{ 'Recuperación, niño, 😀' | html.escape }}")]
    [InlineData("{{ '' | html.escape }}|{{ null | html.escape }}|{{ nothing | html.escape }}")]
    [InlineData("{{ 42 | html.escape }}|{{ true | html.escape }}|{{ 1.5 | html.escape }}|{{ [1, '<'] | html.escape }}|{{ {a: '<'} | html.escape }}")]
    [InlineData("{{ html.escape '<a>' }}{{ html.escape(\"&\") }}{{ '<b>' | html.escape | string.upcase }}")]
    [InlineData("{{ html.escape }}")]
    [InlineData("{{ html.escape '<' '>' }}")]
    public void Renders_what_scribans_builtin_renders(string template)
    {
        Assert.Equal(Scriban(template, limit: 0), SiteGens(template, limit: 0));
    }

    [Theory]
    [InlineData("{{ 'a<b>c' | html.escape }}", 10)]
    [InlineData("{{ 'abcdefghijk' | html.escape }}", 10)]
    [InlineData("{{ 'a&b' | html.escape }}", 7)]
    [InlineData("{{ 'a&b' | html.escape }}", 6)]
    public void Keeps_the_string_limit_as_scriban_does(string template, int limit)
    {
        Assert.Equal(Scriban(template, limit), SiteGens(template, limit));
    }

    [Fact]
    public void Is_the_function_a_theme_context_calls()
    {
        var context = new ThemeContext(null!, _ => null, TemplateLimits.Default);
        var html = (Scriban.Runtime.ScriptObject)context.BuiltinObject["html"]!;
        Assert.Same(HtmlEscape.Function, html["escape"]);
    }

    private static string Scriban(string template, int limit) => Render(new TemplateContext { LimitToString = limit }, template);

    private static string SiteGens(string template, int limit)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        HtmlEscape.Replace(builtins);
        return Render(new TemplateContext(builtins) { LimitToString = limit }, template, DirectCalls.Parse);
    }

    // The output, or the error as Scriban reports it.
    private static string Render(TemplateContext context, string template, Func<string, string?, Scriban.Parsing.LexerOptions?, Template>? parse = null)
    {
        try
        {
            return (parse?.Invoke(template, null, null) ?? Template.Parse(template)).Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return "error: " + e.Message;
        }
    }
}
