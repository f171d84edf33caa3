using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// Scriban's own <c>include</c>, telling the context where each include was called from, so that an error
/// inside a partial names the calls that led there as well as the partial's own line.
/// </summary>
internal sealed class ChainedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = (ThemeContext)context;
        theme.EnterInclude(callerContext?.Span ?? context.CurrentSpan);
        try
        {
            return include.Invoke(context, callerContext, arguments, blockStatement);
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

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => include.ReturnType;
}
