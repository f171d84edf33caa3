using SiteGen.Templates.Loading;

namespace SiteGen.Templates.Tests.Engine;

public sealed class IncludeTests
{
    private static Action<TemplateContext> With(MemoryLoader loader) => context => context.TemplateLoader = loader;

    private static MemoryLoader Loader(params (string Name, string Text)[] files) =>
        new(files.ToDictionary(f => "partials/" + f.Name, f => f.Text));

    [Fact]
    public void Include_renders_the_partial_with_positional_arguments()
    {
        var loader = Loader(("card.html", "<h2>{{ $1 }}</h2><p>{{ $2 ?? 'none' }}</p>{{ $.size }} {{ $0 }}"));

        var output = TemplateRunner.Render("{{ include 'card.html' 'Title' 'Body' }}|{{ include 'card.html' 'Only' }}", With(loader));

        Assert.Equal("<h2>Title</h2><p>Body</p>3 card.html|<h2>Only</h2><p>none</p>2 card.html", output);
    }

    [Fact]
    public void Included_template_shares_globals_but_not_locals()
    {
        var loader = Loader(("set.html", "{{ $local = 'inner' }}{{ shared = 'from include' }}[{{ $local }}|{{ outer }}]"));

        var output = TemplateRunner.Render("{{ outer = 'page'; $local = 'page-local' }}{{ include 'set.html' }}{{ shared }}|{{ $local }}", With(loader));

        Assert.Equal("[inner|page]from include|page-local", output);
    }

    [Fact]
    public void Include_result_can_be_assigned_and_ret_stops_only_the_partial()
    {
        var loader = Loader(("early.html", "a{{ ret }}b"));

        Assert.Equal("a!|after", TemplateRunner.Render("{{ x = include 'early.html'; x + '!' }}|after", With(loader)));
    }

    [Fact]
    public void Error_inside_include_names_the_included_file_and_the_chain()
    {
        var loader = Loader(
            ("outer.html", "line\n  {{ include 'inner.html' }}"),
            ("inner.html", "ok\nok {{ 1 + 'x' % 2 }}"));

        var error = TemplateRunner.RenderError("\n{{ include 'outer.html' }}", With(loader), path: "layout.html");

        Assert.Equal("partials/inner.html", error.Span.Path);
        Assert.Equal((2, 15), (error.Span.Line, error.Span.Column));
        Assert.Equal(["partials/outer.html(2,6)", "layout.html(2,4)"], error.IncludeChain.Select(s => s.ToString()));
        Assert.Equal("partials/inner.html(2,15) : error : Operator `%` is not supported on string objects (included from partials/outer.html(2,6) <- layout.html(2,4))", error.Message);
    }

    [Fact]
    public void Parse_error_in_include_is_reported_at_the_included_file()
    {
        var loader = Loader(("broken.html", "{{ if }}"));

        var error = TemplateRunner.RenderError("{{ include 'broken.html' }}", With(loader));

        Assert.StartsWith("partials/broken.html(1,7) : error : Error while parsing if statement", error.Message);
        Assert.EndsWith("(included from page.html(1,4))", error.Message);
    }

    [Fact]
    public void Missing_template_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("\n {{ include 'nope.html' }}", With(Loader()));

        Assert.Equal("page.html(2,5) : error : Include template `nope.html` was not found", error.Message);
    }

    [Fact]
    public void Include_without_loader_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("{{ include 'a.html' }}");

        Assert.Equal("page.html(1,4) : error : Unable to include <a.html>: no template loader is set on the context", error.Message);
    }

    [Fact]
    public void Recursive_include_stops_at_the_depth_limit()
    {
        var loader = Loader(("self.html", "x{{ include 'self.html' }}"));

        var error = TemplateRunner.RenderError("{{ include 'self.html' }}", c => { c.TemplateLoader = loader; c.RecursionLimit = 20; });

        Assert.Contains("Exceeding number of recursive depth limit `20`", error.Message);
        Assert.Equal("partials/self.html", error.Span.Path);
        Assert.Equal(20, error.IncludeChain.Count);
    }

    [Fact]
    public void Parsed_includes_are_cached_and_the_cache_can_be_shared()
    {
        var loader = Loader(("p.html", "[{{ $1 }}]"));
        var cache = new IncludeCache();
        var template = Template.Parse("{{ for i in 1..3 }}{{ include 'p.html' i }}{{ end }}");

        for (var i = 0; i < 3; i++)
        {
            var context = new TemplateContext { TemplateLoader = loader, IncludeCache = cache };
            Assert.Equal("[1][2][3]", template.Render(context));
        }

        Assert.Equal(1, loader.Loads);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Include_join_joins_partials_with_separator_and_templated_delimiters()
    {
        var loader = Loader(("a.html", "A"), ("b.html", "B"), ("open.html", "<{{ 'div' }}>"));

        var output = TemplateRunner.Render("{{ include_join ['a.html', 'b.html'] ', ' 'tpl:open.html' '</div>' }}|{{ include_join [] ', ' '<x>' '</x>' }}", With(loader));

        Assert.Equal("<div>A, B</div>|", output);
    }
}

public sealed class IncludeNamedArgumentTests
{
    [Fact]
    public void Named_include_arguments_are_members_of_the_argument_list()
    {
        var loader = new MemoryLoader(new() { ["partials/card.html"] = "{{ $1 }}:{{ $.compact ? 'small' : 'large' }}:{{ $.size }}" });

        var output = TemplateRunner.Render("{{ include 'card.html' 'A' compact: true }}|{{ include 'card.html' 'B' }}", c => c.TemplateLoader = loader);

        Assert.Equal("A:small:2|B:large:2", output);
    }
}
