using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class BinaryExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case BinaryOperator.And:
                return Boxes.Bool(ScriptValue.IsTruthy(Left.Evaluate(context)) && ScriptValue.IsTruthy(Right.Evaluate(context)));
            case BinaryOperator.Or:
                return Boxes.Bool(ScriptValue.IsTruthy(Left.Evaluate(context)) || ScriptValue.IsTruthy(Right.Evaluate(context)));
            case BinaryOperator.EmptyCoalescing:
                return Left.Evaluate(context) ?? Right.Evaluate(context);
            case BinaryOperator.NotEmptyCoalescing:
                return Left.Evaluate(context) is null ? null : Right.Evaluate(context);
        }
        var left = Left.Evaluate(context);
        var right = Right.Evaluate(context);
        return ScriptOperators.Apply(context, Span, Operator, left, right, SyntaxText.StartOf(Left));
    }
}

public sealed partial class UnaryExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case UnaryOperator.Not:
                return Boxes.Bool(!ScriptValue.IsTruthy(Operand.Evaluate(context)));
            case UnaryOperator.Plus:
                return Operand.Evaluate(context);
            case UnaryOperator.Negate:
                var value = Operand.Evaluate(context);
                if (value is null) return null;
                return NumberMath.Negate(value)
                    ?? throw new ScriptRuntimeException(Span, $"Operator `-` is not supported on `{ScriptValue.TypeName(value)}` objects");
        }
        if (Operand is not IAssignable target)
            throw new ScriptRuntimeException(Span, "The increment and decrement operators need a variable, member or indexer");
        var old = Operand.Evaluate(context);
        var op = Operator is UnaryOperator.PreIncrement or UnaryOperator.PostIncrement ? BinaryOperator.Add : BinaryOperator.Subtract;
        var updated = ScriptOperators.Apply(context, Span, op, old, 1);
        target.Assign(context, updated);
        return Operator is UnaryOperator.PreIncrement or UnaryOperator.PreDecrement ? updated : old;
    }
}

public sealed partial class AssignExpression
{
    internal override object? Evaluate(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        if (Operator is { } op) value = ScriptOperators.Apply(context, Span, op, Target.Evaluate(context), value);
        ((IAssignable)Target).Assign(context, value);
        return value;
    }
}
