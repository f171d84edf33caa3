using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// <c>include "name"</c> as Scriban defines it (the partial sees the caller's variables, its arguments as <c>$</c> and
/// named arguments as locals; an indented include indents the partial's lines), rendered by <see cref="ThemeContext.RenderPartial"/>
/// with less memory than Scriban's own, and remembering each call site for the include chain of an error.
/// As <c>include_cached</c> (<paramref name="cached"/>), the partial's text is rendered once per build for each set of
/// arguments and language and reused (<see cref="ThemeContext.RenderCached"/>).
/// </summary>
internal sealed class PartialInclude(IScriptCustomFunction scribans, bool cached = false) : IScriptCustomFunction
{
    public const string CachedName = "include_cached";

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = (ThemeContext)context;
        var span = callerContext?.Span ?? context.CurrentSpan;
        theme.EnterInclude(span);
        try
        {
            // Scriban's own messages for a call without a name or without a place.
            if (arguments.Count == 0) throw new ScriptRuntimeException(span, "Expecting at least the name of the template to include for the <include> function");
            string? name = context.ObjectToString(arguments[0]);
            var caller = callerContext ?? context.CurrentNode ?? throw new ScriptRuntimeException(span, "Unable to resolve the include caller context.");
            string? path = context.GetTemplatePathFromName(name, caller);
            if (path is null) return null;
            var template = context.GetOrCreateTemplate(path, caller);
            return cached ? theme.RenderCached(template, path, arguments, caller) : theme.RenderPartial(template, arguments, caller);
        }
        catch (ScriptRuntimeException e)
        {
            theme.Failed(e);
            throw;
        }
        finally
        {
            theme.ExitInclude();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => scribans.GetParameterInfo(index);

    public int RequiredParameterCount => scribans.RequiredParameterCount;

    public int ParameterCount => scribans.ParameterCount;

    public ScriptVarParamKind VarParamKind => scribans.VarParamKind;

    public Type ReturnType => scribans.ReturnType;
}
