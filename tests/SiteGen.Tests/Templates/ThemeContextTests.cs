using Scriban.Runtime;
using SiteGen.Render.Templates;
using SiteGen.Render.Views;

namespace SiteGen.Tests.Templates;

/// <summary>What SiteGen's Scriban setup guarantees a theme: strict names, located errors, limits, read-only views.</summary>
public sealed class ThemeContextTests
{
    private static ScriptObject Page() => new()
    {
        ["page"] = new MenuItemView("Rebuilding trust", "/articles/trust/", false),
        ["items"] = new List<MenuItemView> { new("One", "/one/", false), new("Two", "https://example.org/", true) },
    };

    [Fact]
    public void A_missing_variable_is_an_error_at_its_line_and_column()
    {
        var error = Assert.Single(TemplateHarness.Run("<h1>\n  {{ titel }}</h1>", Page()).Errors);

        Assert.Equal("layout.html:2:6: The variable or function `titel` was not found", error.ToString());
    }

    [Fact]
    public void A_missing_member_names_what_it_was_read_from()
    {
        var error = Assert.Single(TemplateHarness.Run("{{ page.title }}\n{{ page.titel }}", Page()).Errors);

        Assert.Equal("layout.html:2:9: The member `titel` was not found on `page`; did you mean `title`?", error.ToString());
    }

    [Fact]
    public void Every_missing_name_of_a_template_is_reported_and_nothing_that_follows_from_one()
    {
        var result = TemplateHarness.Run("{{ artcle.title | html.escape }}\n{{ page.titel }}\n{{ for i in itemz }}{{ i.url }}{{ end }}\n{{ string.upcasee page.title }}", Page());

        Assert.Equal(
        [
            "layout.html:1:4: The variable or function `artcle` was not found",
            "layout.html:2:9: The member `titel` was not found on `page`; did you mean `title`?",
            "layout.html:3:13: The variable or function `itemz` was not found; did you mean `items`?",
            "layout.html:4:11: The member `upcasee` was not found on `string`; did you mean `upcase`?",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_missing_key_names_the_object_it_was_looked_up_in()
    {
        var globals = Page();
        globals["assets"] = new ScriptObject { ["css/site.css"] = "/site.css" };

        var error = Assert.Single(TemplateHarness.Run("{{ assets['css/site.css'] }}{{ assets['favicon.png'] }}", globals).Errors);

        Assert.Equal("layout.html:1:39: The key `favicon.png` was not found in `assets`", error.ToString());
    }

    [Theory]
    [InlineData("{{ page.titel }}", "The member `titel` was not found on `page`; did you mean `title`?")]
    [InlineData("{{ page.url_path }}", "The member `url_path` was not found on `page`")]
    [InlineData("{{ pgae.title }}", "The variable or function `pgae` was not found; did you mean `page`?")]
    [InlineData("{{ x = 1 }}{{ y }}", "The variable or function `y` was not found; did you mean `x`?")]
    [InlineData("{{ 'a' | html.escpae }}", "The member `escpae` was not found on `html`; did you mean `escape`?")]
    public void A_misspelt_name_gets_the_closest_one_that_exists(string template, string message) =>
        Assert.Equal(message, Assert.Single(TemplateHarness.Run(template, Page()).Errors).Message);

    [Fact]
    public void Values_that_exist_as_null_and_loop_variables_are_not_errors()
    {
        var globals = Page();
        globals["subtitle"] = null;

        var output = TemplateHarness.Render("{{ subtitle ?? 'none' }} {{ for item in items }}{{ for.index }}{{ item.title }}{{ end }} {{ page?.url }}", globals);

        Assert.Equal("none 0One1Two /articles/trust/", output);
    }

    [Fact]
    public void A_null_object_read_further_is_an_error_unless_asked_with_a_question_mark()
    {
        var globals = Page();
        globals["missing"] = null;

        Assert.Equal("", TemplateHarness.Render("{{ missing?.title }}", globals));
        var error = Assert.Single(TemplateHarness.Run("\n{{ missing.title }}", globals).Errors);
        Assert.Equal((2, 12), (error.Line, error.Column));
    }

    [Fact]
    public void An_error_in_a_partial_names_the_include_calls_that_led_there()
    {
        var partials = new Dictionary<string, string>
        {
            ["card.html"] = "<li>\n  {{ include 'title' }}</li>",
            ["title.html"] = "<h3>{{ page.titel }}</h3>",
        };

        var error = Assert.Single(TemplateHarness.Run("<ul>\n{{ include 'card' }}</ul>", Page(), partials).Errors);

        Assert.Equal("title.html:1:13: The member `titel` was not found on `page`; did you mean `title`? (included from card.html:2:6 <- layout.html:2:4)", error.ToString());
    }

    [Fact]
    public void A_failing_statement_in_a_partial_carries_the_chain_too()
    {
        var partials = new Dictionary<string, string> { ["bad.html"] = "ok\n{{ 1 + 'a' % 2 }}" };

        var error = Assert.Single(TemplateHarness.Run("{{ include 'bad' }}", Page(), partials).Errors);

        Assert.StartsWith("bad.html:2:", error.ToString());
        Assert.EndsWith("(included from layout.html:1:4)", error.Message);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit()
    {
        var error = Assert.Single(TemplateHarness.Run("{{ while true }}x{{ end }}", limits: TemplateLimits.Default with { Iterations = 50 }).Errors);

        Assert.Contains("iteration limit `50`", error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_depth_limit()
    {
        var partials = new Dictionary<string, string> { ["loop.html"] = "{{ include 'loop' }}" };

        var error = Assert.Single(TemplateHarness.Run("{{ include 'loop' }}", partials: partials, limits: TemplateLimits.Default with { Depth = 20 }).Errors);

        Assert.Contains("recursive depth limit `20`", error.Message);
    }

    [Fact]
    public void Output_past_the_limit_is_an_error_not_a_cut_page()
    {
        var limits = TemplateLimits.Default with { OutputChars = 1000 };

        var error = Assert.Single(TemplateHarness.Run("{{ for i in 1..500 }}text{{ end }}", limits: limits).Errors);
        Assert.Contains("OutputLimit `1000`", error.Message);
        Assert.Single(TemplateHarness.Run("{{ x = 'abcd' * 300 }}", limits: limits).Errors);
    }

    [Fact]
    public void The_budget_grows_with_the_site()
    {
        Assert.True(TemplateLimits.For(10_000).Iterations > 100 * 10_000);
        Assert.Equal(TemplateLimits.Default.Depth, TemplateLimits.For(10_000).Depth);
    }

    [Fact]
    public void Views_cannot_be_changed_by_a_template()
    {
        var error = Assert.Single(TemplateHarness.Run("{{ page.title = 'mine' }}", Page()).Errors);

        Assert.Contains("read-only", error.Message);
    }

    [Fact]
    public void Front_matter_values_cannot_be_changed_by_a_template()
    {
        var globals = Page();
        globals["extra"] = ExtraValues.ToScript(new Dictionary<string, object?> { ["mood"] = "calm", ["tags"] = new List<object?> { "a" } });

        Assert.Equal("calm a", TemplateHarness.Render("{{ extra.mood }} {{ extra.tags[0] }}", globals));
        Assert.NotEmpty(TemplateHarness.Run("{{ extra.mood = 'x' }}", globals).Errors);
        Assert.NotEmpty(TemplateHarness.Run("{{ extra.tags[0] = 'x' }}", globals).Errors);
    }

    [Theory]
    [InlineData("{{ page.to_string }}")]
    [InlineData("{{ page.get_type }}")]
    [InlineData("{{ page.equals page }}")]
    [InlineData("{{ page.deconstruct }}")]
    public void No_method_of_a_view_is_reachable(string template) =>
        Assert.Contains("was not found", Assert.Single(TemplateHarness.Run(template, Page()).Errors).Message);

    [Fact]
    public void A_view_reads_by_snake_case_names_and_imports_as_its_members()
    {
        Assert.Equal("/articles/trust/ false", TemplateHarness.Render("{{ page.url }} {{ page.external }}", Page()));
        Assert.Equal("Rebuilding trust", TemplateHarness.Render("{{ import page }}{{ title }}", Page()));
        Assert.Equal("title,url,external", TemplateHarness.Render("{{ page | object.keys | array.join ',' }}", Page()));
    }

    [Fact]
    public void Every_view_type_is_read_through_its_member_table()
    {
        var views = typeof(SiteView).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("View", StringComparison.Ordinal) && t.Namespace is "SiteGen.Render.Views" or "SiteGen.Render.Faq");

        Assert.All(views, view => Assert.Contains(view, ViewTypes.All));
    }
}
