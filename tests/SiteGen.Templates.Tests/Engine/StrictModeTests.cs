using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

public sealed class StrictModeTests
{
    private static void Strict(TemplateContext context) => context.StrictVariables = true;

    [Fact]
    public void Undefined_variable_is_an_error_at_its_location()
    {
        var error = TemplateRunner.RenderError("<h1>\n  {{ titel }}</h1>", Strict);

        Assert.Equal("page.html(2,6) : error : The variable or function `titel` was not found", error.Message);
    }

    [Fact]
    public void Undefined_member_is_an_error_at_the_member_name()
    {
        var globals = new ScriptObject { ["page"] = new ScriptObject { ["title"] = "Recovery" } };

        var error = TemplateRunner.RenderError("{{ page.title }}\n{{ page.titel }}", Strict, globals);

        Assert.Equal("page.html(2,9) : error : The member `titel` was not found on `page`", error.Message);
    }

    [Fact]
    public void Undefined_local_is_an_error_in_strict_mode()
    {
        var error = TemplateRunner.RenderError("{{ $count + 1 }}", Strict);

        Assert.Equal((1, 4), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Without_strict_mode_undefined_values_print_nothing()
    {
        Assert.Equal("[]", TemplateRunner.Render("[{{ titel }}{{ page.titel }}]", globals: new ScriptObject { ["page"] = new ScriptObject() }));
    }

    [Fact]
    public void Defined_values_and_loop_variables_pass_in_strict_mode()
    {
        var output = TemplateRunner.Render("{{ x = 2 }}{{ for i in 1..x }}{{ i }}{{ for.index }}{{ end }}", Strict);

        Assert.Equal("1021", output);
    }
}
