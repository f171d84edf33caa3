using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class VariableExpression : IAssignable
{
    internal override object? EvaluateRaw(TemplateContext context) =>
        IsLocal ? context.GetLocal(this) : context.GetGlobal(Name, Span);

    internal override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateRaw(context);
        return value switch
        {
            IScriptFunction function => context.CallFunction(Span, function, TemplateContext.NoArguments, null, Name),
            BlockStatement wrapBody => RunWrapBody(context, wrapBody),
            _ => value,
        };
    }

    private static object? RunWrapBody(TemplateContext context, BlockStatement body)
    {
        body.Execute(context);
        return null;
    }

    public void Assign(TemplateContext context, object? value)
    {
        if (IsLocal) context.SetLocal(this, value);
        else context.SetGlobal(Name, value, Span);
    }
}

public sealed partial class ThisExpression
{
    internal override object? Evaluate(TemplateContext context) => context.CurrentGlobal;
}

public sealed partial class LoopVariableExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var loop = context.FindLoop(Loop)
            ?? throw new ScriptRuntimeException(Span, $"Cannot get the member {Loop}.{Member} for a null object.");
        return loop.Member(Member);
    }
}
