using System.Collections;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// The binary operators on evaluated values (the short-circuit ones, <c>&amp;&amp;</c> <c>||</c> <c>??</c> <c>?!</c>,
/// are handled by the evaluator): numbers, strings, arrays, ranges, equality and ordering.
/// </summary>
public static class ScriptOperators
{
    /// <param name="expressionStart">Where the whole expression starts; some errors are reported there, as Scriban does.</param>
    public static object? Apply(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right, SourceSpan? expressionStart = null)
    {
        // `array << item` appends and `item >> array` prepends, in place.
        if (op == BinaryOperator.ShiftLeft && left is ScriptArray target) { target.Add(right); return target; }
        if (op == BinaryOperator.ShiftRight && right is ScriptArray destination) { destination.Insert(0, left); return destination; }
        switch (op)
        {
            case BinaryOperator.Equal: return Boxes.Bool(AreEqual(left, right));
            case BinaryOperator.NotEqual: return Boxes.Bool(left is IList a && right is IList b ? CompareLists(op, a, b) : !AreEqual(left, right));
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return Boxes.Bool(Compare(span, op, left, right));
            case BinaryOperator.RangeInclude or BinaryOperator.RangeExclude:
                return Range(context, span, op, left, right);
        }
        if (left is string || right is string) return StringOperation(context, span, op, left, right, expressionStart ?? span);
        if (left is null || right is null || left is EmptyValue || right is EmptyValue) return null;
        if (ScriptValue.IsNumber(left) && ScriptValue.IsNumber(right))
            return NumberMath.Apply(span, op, left, right) ?? throw Unsupported(span, op, left, right);
        if (left is IEnumerable leftItems && left is not string)
            return ArrayOperation(span, op, leftItems.Cast<object?>().ToList(), right) ?? throw Unsupported(span, op, left, right);
        throw Unsupported(span, op, left, right);
    }

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Subtract => "-", BinaryOperator.Multiply => "*", BinaryOperator.Divide => "/",
        BinaryOperator.DivideRound => "//", BinaryOperator.Modulus => "%", BinaryOperator.Power => "**",
        BinaryOperator.ShiftLeft => "<<", BinaryOperator.ShiftRight => ">>", BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=", BinaryOperator.Less => "<", BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">", BinaryOperator.GreaterOrEqual => ">=", BinaryOperator.And => "&&",
        BinaryOperator.Or => "||", BinaryOperator.BitAnd => "&", BinaryOperator.BitOr => "|",
        BinaryOperator.EmptyCoalescing => "??", BinaryOperator.NotEmptyCoalescing => "?!",
        BinaryOperator.RangeInclude => "..", BinaryOperator.RangeExclude => "..<", _ => op.ToString(),
    };

    private static ScriptRuntimeException Unsupported(SourceSpan span, BinaryOperator op, object? left, object? right) =>
        new(span, $"Operator `{Symbol(op)}` is not supported between `{ScriptValue.TypeName(left)}` and `{ScriptValue.TypeName(right)}`");

    private static object? StringOperation(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right, SourceSpan start)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return context.ObjectToString(left) + context.ObjectToString(right);
            case BinaryOperator.Multiply:
                var (text, count) = left is string s ? (s, right) : (right as string ?? "", left);
                if (!ScriptValue.IsInteger(count))
                    throw new ScriptRuntimeException(start, $"Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                var times = (int)NumberMath.ToLong(count!);
                return times <= 0 ? "" : new System.Text.StringBuilder(text.Length * times).Insert(0, text, times).ToString();
            default:
                throw new ScriptRuntimeException(span, $"Operator `{Symbol(op)}` is not supported on string objects");
        }
    }

    private static object? ArrayOperation(SourceSpan span, BinaryOperator op, List<object?> left, object? right)
    {
        if (right is IEnumerable rightItems and not string)
        {
            var other = rightItems.Cast<object?>().ToList();
            return op switch
            {
                BinaryOperator.Add => new ScriptArray(left.Concat(other)),
                BinaryOperator.BitOr => new ScriptArray(left.Concat(other).Distinct(ValueComparer.Instance)),
                BinaryOperator.BitAnd => new ScriptArray(left.Where(x => other.Contains(x, ValueComparer.Instance))),
                _ => null,
            };
        }
        if (!ScriptValue.IsInteger(right)) return null;
        var n = (int)NumberMath.ToLong(right!);
        return op switch
        {
            BinaryOperator.Multiply => new ScriptArray(Enumerable.Range(0, Math.Max(0, n)).SelectMany(_ => left)),
            BinaryOperator.Divide or BinaryOperator.DivideRound when n != 0 => new ScriptArray(left.Take(left.Count / n)),
            BinaryOperator.Modulus when n != 0 => new ScriptArray(left.Where((_, i) => i % n == 0)),
            _ => null,
        };
    }

    private static object Range(TemplateContext context, SourceSpan span, BinaryOperator op, object? left, object? right)
    {
        if (left is string || right is string) throw new ScriptRuntimeException(span, $"Operator `{Symbol(op)}` is not supported on string objects");
        if (!ScriptValue.IsNumber(left) || !ScriptValue.IsNumber(right))
            throw new ScriptRuntimeException(span, $"Operator `{Symbol(op)}` is only supported on integers, not `{ScriptValue.TypeName(left)}` and `{ScriptValue.TypeName(right)}`");
        var range = new ScriptRange(NumberMath.ToLong(left!), NumberMath.ToLong(right!), op == BinaryOperator.RangeInclude);
        if (context.LoopLimit > 0 && range.Count > context.LoopLimit)
            throw new ScriptRuntimeException(span, $"Range expression exceeds LoopLimit `{context.LoopLimit}`.");
        return range;
    }

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null || IsEmptyKeyword(left, right);
        if (left is EmptyValue) return ScriptValue.IsEmpty(right);
        if (right is EmptyValue) return ScriptValue.IsEmpty(left);
        if (ScriptValue.IsNumber(left) && ScriptValue.IsNumber(right)) return NumberMath.Compare(left, right) == 0;
        if (left is string a && right is string b) return string.Equals(a, b, StringComparison.Ordinal);
        if (left is IList x && right is IList y) return CompareLists(BinaryOperator.Equal, x, y);
        return left.Equals(right);
    }

    private static bool IsEmptyKeyword(object? left, object? right) => left is EmptyValue || right is EmptyValue;

    private static bool Compare(SourceSpan span, BinaryOperator op, object? left, object? right)
    {
        if (left is IList a && right is IList b) return CompareLists(op, a, b);
        if (left is null || right is null) return false;
        int order;
        if (ScriptValue.IsNumber(left) && ScriptValue.IsNumber(right)) order = NumberMath.Compare(left, right);
        else if (left is string s && right is string t) order = string.CompareOrdinal(s, t);
        else if (left is IComparable comparable && left.GetType() == right.GetType()) order = comparable.CompareTo(right);
        else throw Unsupported(span, op, left, right);
        return Holds(op, order);
    }

    private static bool Holds(BinaryOperator op, int order) => op switch
    {
        BinaryOperator.Equal => order == 0,
        BinaryOperator.NotEqual => order != 0,
        BinaryOperator.Less => order < 0,
        BinaryOperator.LessOrEqual => order <= 0,
        BinaryOperator.Greater => order > 0,
        _ => order >= 0,
    };

    /// <summary>Lists of different sizes (or both empty) compare by size; otherwise every pair of items must satisfy the operator.</summary>
    private static bool CompareLists(BinaryOperator op, IList left, IList right)
    {
        if (left.Count != right.Count || left.Count == 0) return Holds(op, left.Count.CompareTo(right.Count));
        for (var i = 0; i < left.Count; i++)
        {
            var l = left[i];
            var r = right[i];
            var ok = op switch
            {
                BinaryOperator.Equal => AreEqual(l, r),
                BinaryOperator.NotEqual => !AreEqual(l, r),
                _ => Compare(default, op, l, r),
            };
            if (!ok) return false;
        }
        return true;
    }

    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static readonly ValueComparer Instance = new();
        public new bool Equals(object? x, object? y) => AreEqual(x, y);
        public int GetHashCode(object? obj) => obj is null ? 0 : ScriptValue.IsNumber(obj) ? NumberMath.ToDouble(obj).GetHashCode() : obj.GetHashCode();
    }
}
