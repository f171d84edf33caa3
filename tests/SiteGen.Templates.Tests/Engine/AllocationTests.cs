using System.Text;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

/// <summary>
/// A warm render with a reused context and output builder allocates nothing: builtins whose
/// result is printed write it straight to the output instead of returning a new string.
/// </summary>
public sealed class AllocationTests
{
    private const string Page = """
        <title>{{ page.title | html.escape }} – {{ site.name }}</title>
        <p>{{ page.date | date.to_string '%d %B %Y, %A %H:%M' }} · {{ page.minutes }} min · {{ page.rating }} · {{ page.draft }}</p>
        {{~ for card in page.related ~}}
        {{ include 'card.html' card }}
        {{~ end ~}}
        {{ html.escape page.title }} {{ string.truncate page.summary 30 }} {{ page.summary | string.truncate 40 '…' }}
        """;

    private const string Card = """
        <li class="{{ for.even ? 'even' : 'odd' }}"><a href="{{ $1.url }}">{{ $1.title | html.escape }}</a>
        <p>{{ $1.summary | string.truncate 50 }}</p><time>{{ $1.date | date.to_string '%Y-%m-%d' }}</time> {{ for.index + 1 }}</li>
        """;

    [Fact]
    public void A_warm_render_allocates_nothing_beyond_the_output()
    {
        var template = Template.Parse(Page, "page.html");
        var context = new TemplateContext
        {
            StrictVariables = true,
            TemplateLoader = new PartialLoader(),
            IncludeCache = new IncludeCache(),
        };
        var globals = Globals();
        var output = new StringBuilder(64 * 1024);
        for (var i = 0; i < 3; i++) Render(template, context, globals, output);
        var expected = output.ToString();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 5; i++) Render(template, context, globals, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, output.ToString());
        Assert.Contains("Tips &amp; tricks &lt;1&gt;", expected);
    }

    private static void Render(Template template, TemplateContext context, ScriptObject globals, StringBuilder output)
    {
        context.Reset();
        context.PushGlobal(globals);
        output.Clear();
        template.Render(context, output);
    }

    /// <summary>Serves the card by its own name, so resolving it builds no path string.</summary>
    private sealed class PartialLoader : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, Syntax.SourceSpan callerSpan, string templateName) =>
            templateName == "card.html" ? templateName : null;

        public string Load(TemplateContext context, Syntax.SourceSpan callerSpan, string templatePath) => Card;
    }

    private static ScriptObject Globals()
    {
        var related = new ScriptArray();
        for (var i = 0; i < 6; i++)
        {
            related.Add(new ScriptObject
            {
                ["title"] = $"Part {i} & more",
                ["url"] = $"/part-{i}/",
                ["summary"] = "What to say, what to avoid, and how to look after yourself while you help.",
                ["date"] = new DateTime(2026, 1, 1).AddDays(i * 7),
            });
        }
        return new ScriptObject
        {
            ["site"] = new ScriptObject { ["name"] = "Steady Ground" },
            ["page"] = new ScriptObject
            {
                ["title"] = "Tips & tricks <1>",
                ["date"] = new DateTime(2026, 2, 14, 9, 5, 0),
                ["minutes"] = 6,
                ["rating"] = 4.5,
                ["draft"] = false,
                ["summary"] = "Recovery is rarely a straight line, and asking for help is a skill.",
                ["related"] = related,
            },
        };
    }
}
