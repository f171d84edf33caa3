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
            var cached = _lastMember;
            if (cached is not null && cached.Type == target.GetType() && cached.Renamer == context.MemberRenamer)
            {
                context.Observer?.MemberRead(target, Name);
                return cached.Accessor.Get(target);
            }
            if (MemberAccess.TryGet(target, Name, context.MemberRenamer, out value))
            {
                if (MemberAccess.PlainMember(target, Name, context.MemberRenamer) is { } accessor)
                {
                    _lastMember = new CachedMember(target.GetType(), context.MemberRenamer, accessor);
                    context.Observer?.MemberRead(target, Name);
                }
                return value;
            }
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

    // The member last read through this expression: templates read the same member of the same view type
    // on every page. Nodes are shared by threads; the entry is immutable and replaced whole.
    private CachedMember? _lastMember;

    private sealed record CachedMember(Type Type, Func<System.Reflection.MemberInfo, string>? Renamer, MemberAccessor Accessor);

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
