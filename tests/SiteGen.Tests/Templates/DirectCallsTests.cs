using Scriban;
using Scriban.Syntax;
using SiteGen.Render.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>
/// The calls SiteGen evaluates without Scriban's general call path: which ones are rewritten, and that a theme
/// that gives their names a meaning of its own still gets Scriban's behaviour. What they render is held to
/// Scriban's by <see cref="HtmlEscapeTests"/>, <see cref="PartialIncludeTests"/> and the conformance corpus.
/// </summary>
public sealed class DirectCallsTests
{
    [Fact]
    public void Rewrites_escapes_and_includes_that_are_statements()
    {
        var template = DirectCalls.Parse("{{ title | html.escape }}{{ include 'header' }}{{ x = title | html.escape }}{{ include name }}{{ title | html.strip }}");
        var expressions = template.Page!.Body!.Statements.OfType<ScriptExpressionStatement>().Select(s => s.Expression!.GetType()).ToList();

        Assert.Equal([typeof(DirectEscape), typeof(DirectInclude), typeof(ScriptAssignExpression), typeof(ScriptFunctionCall), typeof(ScriptPipeCall)], expressions);
    }

    [Fact]
    public void Prints_as_the_template_was_written()
    {
        const string text = "{{ title | html.escape }} {{ include 'header' }} {{ include(\"footer\") }}";
        Assert.Equal(Template.Parse(text).ToText(), DirectCalls.Parse(text).ToText());
    }

    [Fact]
    public void Leaves_scientific_templates_as_scriban_parses_them()
    {
        var template = DirectCalls.Parse("{{ include 'header' }}", null, new Scriban.Parsing.LexerOptions { Lang = Scriban.Parsing.ScriptLang.Scientific });
        Assert.DoesNotContain(template.Page!.Body!.Statements.OfType<ScriptExpressionStatement>(), s => s.Expression is DirectInclude);
    }

    [Theory]
    [InlineData("{{ func shout; ret $0 + '!'; end }}{{ html = {} }}{{ html.escape = @shout }}{{ '<a>' | html.escape }}")]
    [InlineData("{{ html = 'text' }}{{ '<a>' | html.escape }}")]
    [InlineData("{{ with {html: {escape: 'x'}} }}{{ '<a>' | html.escape }}{{ end }}")]
    public void A_theme_that_sets_html_gets_scribans_evaluation(string text)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        HtmlEscape.Replace(builtins);
        Assert.Equal(Render(new TemplateContext(), Template.Parse(text)), Render(new TemplateContext(builtins), DirectCalls.Parse(text)));
    }

    [Fact]
    public void A_missing_name_before_an_escape_is_reported_once()
    {
        var context = new ThemeContext(null!, _ => null, TemplateLimits.Default);
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["page"] = new Scriban.Runtime.ScriptObject { ["title"] = "T" } });
        DirectCalls.Parse("{{ page.titel | html.escape }}|{{ pgae.title | html.escape }}|{{ page.title | html.escape }}", "t.html").Render(context);

        Assert.Equal(2, context.Errors.Count);
        Assert.Contains("titel", context.Errors[0].Message);
        Assert.Contains("pgae", context.Errors[1].Message);
    }

    private static string Render(TemplateContext context, Template template)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return "error: " + e.Message;
        }
    }
}
