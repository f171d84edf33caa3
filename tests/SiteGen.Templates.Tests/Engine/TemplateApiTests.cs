using System.Text;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

public sealed class TemplateApiTests
{
    [Fact]
    public void Render_overloads_write_the_same_output()
    {
        var template = Template.Parse("{{ for i in 1..3 }}{{ i }},{{ end }}");
        var builder = new StringBuilder("kept:");
        var writer = new StringWriter();

        template.Render(new TemplateContext(), builder);
        template.Render(new TemplateContext(), writer);

        Assert.Equal("1,2,3,", template.Render(new TemplateContext()));
        Assert.Equal("kept:1,2,3,", builder.ToString());
        Assert.Equal("1,2,3,", writer.ToString());
    }

    [Fact]
    public void Render_with_a_model_exposes_its_properties_in_snake_case()
    {
        var output = Template.Parse("{{ site_name }} / {{ page_count + 1 }}").Render(new { SiteName = "Steady Ground", PageCount = 41 });

        Assert.Equal("Steady Ground / 42", output);
    }

    [Fact]
    public void Scientific_mode_makes_the_bar_an_operator()
    {
        Assert.Equal("[1, 2, 3]", Template.Parse("{{ [1, 2] | [2, 3] }}", scientific: true).Render(new TemplateContext()));
        Assert.Equal("2", Template.Parse("{{ [1, 2] |> array.size }}", scientific: true).Render(new TemplateContext()));
        Assert.Equal("2", Template.Parse("{{ [1, 2] | array.size }}").Render(new TemplateContext()));
    }

    [Fact]
    public void Rendering_a_template_with_errors_is_refused()
    {
        var template = Template.Parse("{{ if }}");

        Assert.Throws<InvalidOperationException>(() => template.Render(new TemplateContext()));
    }

    [Fact]
    public void Assignments_go_to_the_innermost_global_scope_and_builtins_can_be_shadowed()
    {
        var globals = new ScriptObject();
        var context = new TemplateContext();
        context.PushGlobal(globals);

        var output = Template.Parse("{{ title = 'x'; string = null }}{{ title }}{{ string }}").Render(context);

        Assert.Equal("x", output);
        Assert.Equal("x", globals["title"]);
        Assert.True(context.BuiltinObject.ContainsKey("string"));
    }
}
