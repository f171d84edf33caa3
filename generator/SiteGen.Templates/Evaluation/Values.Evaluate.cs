using System.Text;
using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class LiteralExpression
{
    internal override object? Evaluate(TemplateContext context) => Value;
}

public sealed partial class InterpolatedStringExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Parts.Count; i++) builder.Append(context.ObjectToString(Parts[i].Evaluate(context)));
        return builder.ToString();
    }
}

public sealed partial class ArrayLiteralExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(Items.Count);
        for (var i = 0; i < Items.Count; i++) array.Add(Items[i].Evaluate(context));
        return array;
    }
}

public sealed partial class ObjectLiteralExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var obj = new ScriptObject(Members.Count);
        for (var i = 0; i < Members.Count; i++) obj.SetValue(Members[i].Key, Members[i].Value.Evaluate(context), readOnly: false);
        return obj;
    }
}

public sealed partial class ParenthesizedExpression : IAssignable
{
    internal override object? Evaluate(TemplateContext context)
    {
        var value = Inner.Evaluate(context);
        return value is IScriptFunction function ? context.CallFunction(Span, function, TemplateContext.NoArguments, null, ExpressionText.Of(Inner)) : value;
    }

    internal override object? EvaluateRaw(TemplateContext context) => Inner.EvaluateRaw(context);

    public void Assign(TemplateContext context, object? value) => ((IAssignable)Inner).Assign(context, value);
}

public sealed partial class ConditionalExpression
{
    internal override object? Evaluate(TemplateContext context) =>
        ScriptValue.IsTruthy(Condition.Evaluate(context)) ? WhenTrue.Evaluate(context) : WhenFalse.Evaluate(context);
}

public sealed partial class FunctionPointerExpression
{
    internal override object? Evaluate(TemplateContext context) => Target.EvaluateRaw(context);
}

public sealed partial class ExpandExpression
{
    internal override object? Evaluate(TemplateContext context) => Target.Evaluate(context);
}

public sealed partial class FunctionExpression
{
    internal override object? Evaluate(TemplateContext context) => this;
}
