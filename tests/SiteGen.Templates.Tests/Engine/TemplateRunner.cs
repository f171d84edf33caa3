using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Tests.Engine;

/// <summary>Parses and renders a template with a fresh context, failing the test on parse errors.</summary>
internal static class TemplateRunner
{
    public static string Render(string text, Action<TemplateContext>? setup = null, ScriptObject? globals = null, string path = "page.html")
    {
        var template = Template.Parse(text, path);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var context = new TemplateContext();
        context.PushGlobal(globals ?? new ScriptObject());
        setup?.Invoke(context);
        return template.Render(context);
    }

    public static ScriptRuntimeException RenderError(string text, Action<TemplateContext>? setup = null, ScriptObject? globals = null, string path = "page.html") =>
        Assert.Throws<ScriptRuntimeException>(() => Render(text, setup, globals, path));
}
