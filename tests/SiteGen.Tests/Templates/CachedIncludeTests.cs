using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Render.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>
/// <c>include_cached</c>: the text of <c>include</c>, rendered once per build for each set of arguments and language
/// and reused, with the reads of its first render told to every page that reuses it.
/// </summary>
public sealed class CachedIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["card"] = "<li>{{ item.title }} ({{ n }})</li>",
        ["lines"] = "first\nsecond\n",
        ["nested"] = "<div>\n  {{ include 'lines' }}</div>\n",
        ["args"] = "{{ $1 }}/{{ $.size }}",
        ["broken"] = "{{ item.titel }}",
        ["entry"] = "<a>{{ entry.text }}</a>\n{{ include 'lines' }}",
    };

    [Theory]
    [InlineData("{{ include_cached 'card' item }}|{{ include_cached 'card' item }}")]
    [InlineData("<ul>\n  {{ include_cached 'lines' }}\n</ul>\n{{ include_cached 'lines' }}")]
    [InlineData("<main>\n  {{ include_cached 'nested' }}\n</main>\n{{ include_cached 'nested' }}  {{ include_cached 'nested' }}")]
    [InlineData("{{ include_cached 'args' 'a' 2 }}")]
    [InlineData("{{ x = include_cached 'lines' }}[{{ x | string.upcase }}]")]
    public void Prints_what_include_prints(string template)
    {
        var cached = Render(template, NewContext(new PartialCache()));
        var included = Render(template.Replace("include_cached", "include"), NewContext(new PartialCache()));
        Assert.Equal(included, cached);
    }

    [Fact]
    public void Renders_a_partial_once_for_the_same_arguments()
    {
        var partials = new PartialCache();
        var item = new ScriptObject { ["title"] = "Trust" };
        var other = new ScriptObject { ["title"] = "Trust" };

        Assert.Equal("<li>Trust (1)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials), item, n: 1));
        // A later page with another n gets the first text: the partial is kept by its arguments only.
        Assert.Equal("<li>Trust (1)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials), item, n: 2));
        // Views are told apart by identity, plain values by value.
        Assert.Equal("<li>Trust (3)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials), other, n: 3));
        Assert.Equal("<li>Trust (4)</li>", Render("{{ include_cached 'card' item 'h2' }}", NewContext(partials), item, n: 4));
        Assert.Equal("<li>Trust (4)</li>", Render("{{ include_cached 'card' item ('h' + '2') }}", NewContext(partials), item, n: 5));
    }

    [Fact]
    public void Keeps_a_text_per_language()
    {
        var partials = new PartialCache();
        var item = new ScriptObject { ["title"] = "Trust" };
        Assert.Equal("<li>Trust (1)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials, "en"), item, n: 1));
        Assert.Equal("<li>Trust (2)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials, "es"), item, n: 2));
        Assert.Equal("<li>Trust (1)</li>", Render("{{ include_cached 'card' item }}", NewContext(partials, "en"), item, n: 3));
    }

    [Fact]
    public void Renders_every_call_without_a_cache_or_beyond_its_budget()
    {
        var item = new ScriptObject { ["title"] = "Trust" };
        const string template = "{{ include_cached 'card' item }}{{ n = n + 1 }}{{ include_cached 'card' item }}";
        Assert.Equal("<li>Trust (1)</li><li>Trust (2)</li>", Render(template, NewContext(null), item, n: 1));
        Assert.Equal("<li>Trust (1)</li><li>Trust (2)</li>", Render(template, NewContext(new PartialCache(budgetChars: 10)), item, n: 1));
        Assert.Equal("<li>Trust (1)</li><li>Trust (1)</li>", Render(template, NewContext(new PartialCache()), item, n: 1));
    }

    [Fact]
    public void Tells_each_page_the_reads_and_includes_of_the_first_render()
    {
        var partials = new PartialCache();
        var item = new ScriptObject { ["title"] = "Trust" };
        var first = new Reads();
        var second = new Reads();
        var view = new SiteGen.Render.Views.TocItemView("Trust", "trust", 2, []);
        Render("{{ include_cached 'entry' entry }}", NewContext(partials, observer: first), item, n: 1, entry: view);
        Render("{{ include_cached 'entry' entry }}", NewContext(partials, observer: second), item, n: 2, entry: view);

        Assert.Equal(["entry", "lines"], first.Templates);
        Assert.Contains($"{view.GetHashCode()}.text", first.Members);
        Assert.Equal(first.Templates, second.Templates);
        Assert.Equal(first.Members, second.Members);
    }

    [Fact]
    public void Keeps_no_render_that_found_an_error()
    {
        var partials = new PartialCache();
        var item = new ScriptObject { ["title"] = "Trust" };
        var first = NewContext(partials, strict: true);
        Render("{{ include_cached 'broken' item }}", first, item, n: 1);
        var second = NewContext(partials, strict: true);
        Render("{{ include_cached 'broken' item }}", second, item, n: 1);

        Assert.Single(first.Errors);
        Assert.Single(second.Errors);
    }

    [Fact]
    public void Asks_for_its_arguments_in_order()
    {
        string error = Render("{{ include_cached 'card' item: 1 }}", NewContext(new PartialCache()));
        Assert.Contains("include_cached: the partial is kept by its arguments; give them in order, without names", error);
    }

    private static ThemeContext NewContext(PartialCache? partials, string? language = "en", IRenderObserver? observer = null, bool strict = false) =>
        new(new MemoryPartials(Partials), path => DirectCalls.Parse(Partials[path], path), TemplateLimits.Default, strict)
        {
            Partials = partials,
            PageLanguage = language,
            Observer = observer,
        };

    private static string Render(string template, ThemeContext context, ScriptObject? item = null, int n = 0, object? entry = null)
    {
        context.PushGlobal(new ScriptObject { ["item"] = item ?? new ScriptObject { ["title"] = "T" }, ["n"] = n, ["entry"] = entry });
        try
        {
            return DirectCalls.Parse(template).Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return "error: " + e.Message;
        }
    }

    private sealed class Reads : IRenderObserver
    {
        public List<string> Members { get; } = [];
        public List<string> Templates { get; } = [];

        public void MemberRead(object target, string member) => Members.Add($"{target.GetHashCode()}.{member}");

        public void TemplateIncluded(string templatePath) => Templates.Add(templatePath);
    }
}
