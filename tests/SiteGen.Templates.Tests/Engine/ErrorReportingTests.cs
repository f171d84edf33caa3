namespace SiteGen.Templates.Tests.Engine;

public sealed class ErrorReportingTests
{
    [Fact]
    public void Parse_collects_every_error_with_its_location()
    {
        var template = Template.Parse("{{ if }}\nok\n{{ x = }}\n{{ for 5 in y }}{{ end }}", "theme/page.html");

        Assert.True(template.HasErrors);
        Assert.Equal(
        [
            "theme/page.html(1,7) : error : Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if",
            "theme/page.html(3,8) : error : Error while parsing assign expression: Expecting <expression> instead of `}}` in: <target_expression> = <value_expression>",
            "theme/page.html(4,4) : error : Error while parsing for statement: Expecting a variable instead of `5` in: for <variable> in <expression> ... end",
        ], template.Messages.Take(3).Select(m => m.ToString()));
    }

    [Fact]
    public void Missing_end_is_reported()
    {
        var template = Template.Parse("{{ for x in [1] }}\n{{ x }}", "a.html");

        Assert.Contains(template.Messages, m => m.Message.Contains("The <end> statement was not found"));
    }

    [Fact]
    public void Runtime_error_is_one_line_with_path_line_and_column()
    {
        var error = TemplateRunner.RenderError("line one\n  {{ 1 + \"a\" % 2 }}", path: "theme/post.html");

        Assert.Equal("theme/post.html(2,14) : error : Operator `%` is not supported on string objects", error.Message);
        Assert.Equal(2, error.Span.Line);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Null_member_access_names_the_path()
    {
        var error = TemplateRunner.RenderError("{{ page = null }}\n{{ page.title }}");

        Assert.Equal("page.html(2,9) : error : Cannot get the member page.title for a null object.", error.Message);
    }

    [Fact]
    public void Calling_a_host_function_with_too_few_arguments_is_located()
    {
        var error = TemplateRunner.RenderError("\n\n   {{ string.truncate }}");

        Assert.StartsWith("page.html(3,", error.Message);
        Assert.Contains("Invalid number of arguments `0` passed to `string.truncate`", error.Message);
    }
}

public sealed class RobustnessTests
{
    public sealed class Faulty
    {
        public string Broken => throw new InvalidOperationException("no data");
    }

    [Fact]
    public void Failing_host_property_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("\n{{ item.broken }}", globals: new Runtime.ScriptObject { ["item"] = new Faulty() });

        Assert.Equal("page.html(2,9) : error : Reading the member `broken` failed: no data", error.Message);
    }

    [Fact]
    public void Absurdly_nested_input_is_a_parse_error_not_a_crash()
    {
        var template = Template.Parse("{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}" + string.Concat(Enumerable.Repeat("{{ if true }}", 3000)));

        Assert.True(template.HasErrors);
        Assert.Contains(template.Messages, m => m.Message.Contains("nested too deeply"));
    }
}

public sealed class HostFailureTests
{
    public static class Failing
    {
        public static string Explode(string text) => throw new FormatException("bad input: " + text);

        public static void Shrink(System.Collections.IList list) => list.Clear();
    }

    [Fact]
    public void Exception_in_a_host_function_is_reported_at_the_call()
    {
        var globals = new Runtime.ScriptObject();
        globals.Import(typeof(Failing));

        var error = TemplateRunner.RenderError("ok\n  {{ 'x' | explode }}", globals: globals);

        Assert.Equal("page.html(2,12) : error : bad input: x", error.Message);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Loop_survives_a_body_that_shortens_its_list()
    {
        var globals = new Runtime.ScriptObject();
        globals.Import(typeof(Failing));

        Assert.Equal("1", TemplateRunner.Render("{{ a = [1, 2, 3] }}{{ for x in a }}{{ x }}{{ shrink a }}{{ end }}", globals: globals));
    }
}

public sealed class FunctionArgumentTests
{
    [Fact]
    public void Missing_function_passed_to_a_builtin_is_a_located_error()
    {
        var error = TemplateRunner.RenderError("\n{{ [1, 2] | array.each @misspelt }}");

        Assert.Equal("page.html(2,19) : error : Expecting a function instead of `null`", error.Message);
    }
}
