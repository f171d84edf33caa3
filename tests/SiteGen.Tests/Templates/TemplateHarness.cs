using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Render.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>Renders a template through SiteGen's Scriban setup, with partials held in memory (named <c>name.html</c>).</summary>
internal static class TemplateHarness
{
    public sealed record Result(string Output, IReadOnlyList<ContentError> Errors);

    public static Result Run(string template, ScriptObject? globals = null, IReadOnlyDictionary<string, string>? partials = null,
        TemplateLimits? limits = null, IRenderObserver? observer = null, string path = "layout.html")
    {
        var loader = new MemoryPartials(partials ?? new Dictionary<string, string>(), ".html");
        // Parsed as a build parses a theme's templates.
        var context = new ThemeContext(loader, p => DirectCalls.Parse(loader.Read(p), p), limits ?? TemplateLimits.Default) { Observer = observer };
        if (globals is not null) context.PushGlobal(globals);
        var errors = new List<ContentError>();
        string output = "";
        try
        {
            output = DirectCalls.Parse(template, path).Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            if (!context.Follows(e)) errors.Add(context.ErrorOf(e));
        }
        return new Result(output, [.. context.Errors, .. errors]);
    }

    public static string Render(string template, ScriptObject? globals = null, IReadOnlyDictionary<string, string>? partials = null,
        IRenderObserver? observer = null)
    {
        var result = Run(template, globals, partials, observer: observer);
        Assert.Empty(result.Errors);
        return result.Output;
    }
}
