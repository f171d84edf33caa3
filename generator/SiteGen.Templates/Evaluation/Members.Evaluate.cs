using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class MemberExpression : IAssignable
{
    internal override object? EvaluateRaw(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            if (Optional) return null;
            throw new ScriptRuntimeException(Span, $"Cannot get the member {ExpressionText.Of(this)} for a null object.");
        }
        object? value;
        try
        {
            if (MemberAccess.TryGet(target, Name, context.MemberRenamer, out value)) return value;
        }
        catch (Exception error) when (error is not ScriptRuntimeException)
        {
            // A host property getter failed: report it at the template location instead of crashing the render.
            throw new ScriptRuntimeException(Span, $"Reading the member `{Name}` failed: {error.Message}", error);
        }
        if (context.StrictVariables)
            throw new ScriptRuntimeException(Span, $"The member `{Name}` was not found on `{ExpressionText.Of(Target)}`");
        return null;
    }

    internal override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateRaw(context);
        return value is IScriptFunction function ? context.CallFunction(Span, function, TemplateContext.NoArguments, null, _text ??= ExpressionText.Of(this)) : value;
    }

    private string? _text;

    public void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context)
            ?? throw new ScriptRuntimeException(Span, $"Cannot set the member {ExpressionText.Of(this)} for a null object.");
        if (target is ScriptObject obj && obj.IsReadOnly(Name))
            throw new ScriptRuntimeException(Span, $"Cannot set a value for the readonly member: {ExpressionText.Of(this)}");
        if (!MemberAccess.TrySet(context, Span, target, Name, value))
            throw new ScriptRuntimeException(Span, $"Cannot set the member {ExpressionText.Of(this)} on a `{ScriptValue.TypeName(target)}`");
    }
}
