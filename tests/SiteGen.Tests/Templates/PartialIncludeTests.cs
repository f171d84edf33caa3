using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Render.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>
/// SiteGen renders an include into the page's own buffer where Scriban makes a string of it: every case here must
/// render exactly as Scriban's own include renders it, output and errors alike. Scriban's test corpus has no
/// includes, so these are the cases that hold SiteGen's to Scriban's.
/// </summary>
public sealed class PartialIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["line"] = "one line",
        ["lines"] = "first\nsecond\n",
        ["open"] = "no newline\nat the end",
        ["blank"] = "top\n\nbottom\n",
        ["empty"] = "",
        ["args"] = "{{ $1 }}-{{ $2 }}-{{ $.size }}",
        ["named"] = "<h2>{{ title }}</h2>{{ n * 2 }}",
        ["list"] = "<ul>\n  {{ include 'lines' }}\n</ul>\n",
        ["item"] = "<li>{{ i }}</li>\n",
        ["sets"] = "{{ shared = 'from the partial'; $own = 'local' }}",
        ["countdown"] = "{{ n = n - 1 }}{{ if n > 0 }}{{ n }},{{ include 'countdown' }}{{ end }}",
        ["early"] = "before{{ ret }}after",
        ["nested"] = "<div>\n{{ include 'lines' }}  {{ include 'open' }}\n</div>\n",
        ["value"] = "{{ multi }}",
        ["indented-value"] = "  {{ multi }}\n",
        ["missing"] = "{{ include 'nowhere' }}",
        ["loop"] = "{{ for x in 1..3 }}{{ include 'item' i: x }}{{ end }}",
        ["trimmed"] = "  {{~ include 'lines' ~}}  \n",
    };

    [Theory]
    [InlineData("a{{ include 'line' }}b")]
    [InlineData("{{ include 'lines' }}{{ include 'lines' }}end")]
    [InlineData("<main>\n  {{ include 'lines' }}\n</main>")]
    [InlineData("<main>\n    {{ include 'list' }}\n</main>")]
    [InlineData("  {{ include 'open' }}\n  {{ multi }}\n")]
    [InlineData("{{ include 'open' }}{{ multi }}\n  {{ multi }}")]
    [InlineData("  {{ include 'blank' }}\n")]
    [InlineData("{{ include 'empty' }}|  {{ include 'empty' }}|")]
    [InlineData("{{ include 'args' 'x' 42 }}")]
    [InlineData("{{ include 'named' title: 'Trust' n: 1 + 2 }}")]
    [InlineData("{{ x = include 'lines' }}[{{ x | string.upcase }}]")]
    [InlineData("{{ include 'line' | string.size }}")]
    [InlineData("{{ if (include 'line') == 'one line' }}same{{ end }}")]
    [InlineData("{{ capture c }}{{ include 'lines' }}{{ end }}{{ c | string.size }}:{{ c }}")]
    [InlineData("{{ include 'sets' }}{{ shared }}[{{ $own }}]")]
    [InlineData("{{ n = 5 }}{{ include 'countdown' }}")]
    [InlineData("{{ include 'early' }} and on")]
    [InlineData("<body>\n  {{ include 'nested' }}\n</body>\n")]
    [InlineData("{{ include 'nested' }}\n  {{ include 'nested' }}")]
    [InlineData("  {{ include 'value' }}\n  {{ include 'indented-value' }}")]
    [InlineData("{{ include 'loop' }}\n  {{ include 'loop' }}")]
    [InlineData("{{~ for i in 1..2 ~}}\n  {{ include 'item' }}\n{{~ end ~}}")]
    [InlineData("<p>\n  {{ include 'trimmed' }}\n</p>")]
    [InlineData("{{ func f; include 'lines'; end }}{{ f }}  {{ f }}")]
    [InlineData("{{ include 'missing' }}")]
    [InlineData("{{ include }}")]
    [InlineData("{{ include 'line'; include 'lines' }}")]
    [InlineData("  {{ include 'line'; include 'lines' }}")]
    [InlineData("{{ include \"line\" }}|{{ include ('line') }}|{{ include 'li' + 'ne' }}")]
    [InlineData("{{ n = 70 }}{{ include 'countdown' }}")]
    [InlineData("{{ func include; ret 'mine: ' + $0; end }}{{ include 'line' }}")]
    [InlineData("{{ include = 'not a function' }}{{ include 'line' }}")]
    public void Renders_as_scribans_include(string template)
    {
        Assert.Equal(Scriban(template), SiteGens(template));
    }

    [Fact]
    public void An_include_that_prints_itself_returns_no_string()
    {
        // The whole point: the page's buffer receives the partial, no string of it is made.
        var context = Context();
        context.PushGlobal(Globals());
        var template = Template.Parse("{{ include 'lines' }}");
        var call = (ScriptFunctionCall)template.Page!.Body!.Statements.OfType<ScriptExpressionStatement>().Single().Expression!;
        string? result = context.RenderPartial(Template.Parse(Partials["lines"], "lines"), [], call);

        Assert.Null(result);
        Assert.Equal("first\nsecond\n", context.Output.ToString());
    }

    private static ScriptObject Globals() => new() { ["multi"] = "m1\nm2" };

    private static string Scriban(string template)
    {
        var context = new TemplateContext { TemplateLoader = new MemoryPartials(Partials) };
        context.PushGlobal(Globals());
        return Render(context, template);
    }

    private static string SiteGens(string template)
    {
        var context = Context();
        context.PushGlobal(Globals());
        return Render(context, template, direct: true);
    }

    private static ThemeContext Context()
    {
        var loader = new MemoryPartials(Partials);
        return new ThemeContext(loader, path => DirectCalls.Parse(Partials[path], path), TemplateLimits.Default, strict: false);
    }

    private static string Render(TemplateContext context, string template, bool direct = false)
    {
        try
        {
            return (direct ? DirectCalls.Parse(template) : Template.Parse(template)).Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return "error: " + e.Message;
        }
    }
}
