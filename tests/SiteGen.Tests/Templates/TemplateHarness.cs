using Scriban;
using Scriban.Parsing;
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
        var loader = new MemoryLoader(partials ?? new Dictionary<string, string>());
        var context = new ThemeContext(loader, p => Template.Parse(loader.Load(null!, default, p)!, p), limits ?? TemplateLimits.Default) { Observer = observer };
        if (globals is not null) context.PushGlobal(globals);
        var errors = new List<ContentError>();
        string output = "";
        try
        {
            output = Template.Parse(template, path).Render(context);
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

    private sealed class MemoryLoader(IReadOnlyDictionary<string, string> partials) : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            partials.ContainsKey(templateName + ".html") ? templateName + ".html"
                : throw new ScriptRuntimeException(callerSpan, $"partial '{templateName}' not found");

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
    }
}
