using System.Collections;
using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Loading;

/// <summary>
/// <c>include name args...</c> renders another template through the context's loader and returns its
/// output. As in Scriban, the included template sees the call's arguments in <c>$</c>, so the first
/// argument after the name is <c>$1</c> (<c>$0</c> is the name itself); <c>include_join names separator begin end</c> joins several (a <c>tpl:</c> prefix makes a
/// separator, begin or end a template too).
/// </summary>
internal sealed class IncludeFunctions : IScriptFunction
{
    public static readonly IScriptFunction Include = new IncludeFunctions(join: false);
    public static readonly IScriptFunction IncludeJoin = new IncludeFunctions(join: true);

    private readonly bool _join;

    private IncludeFunctions(bool join)
    {
        _join = join;
        Parameters = join
            ? [new("names"), new("separator", true, ""), new("begin", true, ""), new("end", true, "")]
            : [new("name"), new("args", IsParams: true)];
    }

    public IReadOnlyList<ScriptParameter> Parameters { get; }

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) =>
        _join ? InvokeJoin(context, callSite, arguments) : InvokeInclude(context, callSite, arguments);

    /// <summary>Renders <c>include name args</c> straight into the output instead of returning its text.</summary>
    public bool TryWriteInPlace(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        if (_join) return false;
        Render(context, callSite, IncludeName(context, callSite, arguments), arguments, skip: 0, inPlace: true);
        return true;
    }

    /// <summary><c>include 'card.html' item compact: true</c>: named arguments become members of <c>$</c> (<c>$.compact</c>).</summary>
    public object? InvokeWithNamed(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, List<KeyValuePair<string, object?>> named)
    {
        if (_join) throw new ScriptRuntimeException(callSite, "The <include_join> function does not take named arguments");
        return Render(context, callSite, IncludeName(context, callSite, arguments), arguments, skip: 0, inPlace: false, named);
    }

    private static string IncludeName(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        if (arguments.Count == 0 || arguments[0] is MissingArgument)
            throw new ScriptRuntimeException(callSite, "Expecting at least the name of the template to include for the <include> function");
        return context.ObjectToString(arguments[0]);
    }

    private static object? InvokeInclude(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) =>
        Render(context, callSite, IncludeName(context, callSite, arguments), arguments, skip: 0, inPlace: false);

    private static object? InvokeJoin(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        string Part(int index)
        {
            if (index >= arguments.Count || arguments[index] is null or MissingArgument) return "";
            var text = context.ObjectToString(arguments[index]);
            return text.StartsWith("tpl:", StringComparison.Ordinal) ? RenderText(context, callSite, text[4..]) : text;
        }
        if (arguments.Count == 0 || arguments[0] is not IEnumerable names || arguments[0] is string)
            throw new ScriptRuntimeException(callSite, "Expecting a list of template names for the <include_join> function");
        var builder = new StringBuilder();
        var separator = (string?)null;
        foreach (var name in names)
        {
            if (builder.Length > 0) builder.Append(separator ??= Part(1));
            builder.Append(RenderText(context, callSite, context.ObjectToString(name)));
        }
        if (builder.Length == 0) return "";
        return Part(2) + builder + Part(3);
    }

    private static string RenderText(TemplateContext context, SourceSpan callSite, string name) =>
        Render(context, callSite, name, [], skip: 0, inPlace: false)!;

    private static Template Resolve(TemplateContext context, SourceSpan callSite, string name)
    {
        var loader = context.TemplateLoader
            ?? throw new ScriptRuntimeException(callSite, $"Unable to include <{name}>: no template loader is set on the context");
        var path = loader.GetPath(context, callSite, name)
            ?? throw new ScriptRuntimeException(callSite, $"Include template `{name}` was not found");
        context.Observer?.TemplateIncluded(path);
        if (!context.IncludeCache.TryGet(path, out var template)) template = LoadAndParse(context, callSite, loader, path);
        if (!template.HasErrors) return template;
        var first = template.Messages[0];
        var more = template.Messages.Count > 1 ? $" (and {template.Messages.Count - 1} more parse errors)" : "";
        var error = new ScriptRuntimeException(first.Span, first.Message + more);
        error.AddIncludeSite(callSite);
        throw error;
    }

    // Kept apart so the closure is only allocated on a cache miss.
    private static Template LoadAndParse(TemplateContext context, SourceSpan callSite, ITemplateLoader loader, string path) =>
        context.IncludeCache.GetOrParse(path, () => loader.Load(context, callSite, path));

    private static string? Render(TemplateContext context, SourceSpan callSite, string name, IReadOnlyList<object?> arguments, int skip, bool inPlace,
        List<KeyValuePair<string, object?>>? named = null)
    {
        var template = Resolve(context, callSite, name);
        // The call to `include` itself already counts against the recursion limit.
        context.IncludeChain.Add(callSite);
        try
        {
            if (!inPlace) return context.RenderInclude(template, arguments, skip, named);
            context.RenderIncludeInPlace(template, arguments, skip, named);
            return null;
        }
        catch (ScriptRuntimeException error)
        {
            error.AddIncludeSite(callSite);
            throw;
        }
        finally
        {
            context.IncludeChain.RemoveAt(context.IncludeChain.Count - 1);
        }
    }
}
