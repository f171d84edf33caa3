using System.Globalization;
using System.Numerics;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// Arithmetic on mixed numbers. Integers widen int → long → BigInteger instead of overflowing;
/// any double makes the result double; <c>/</c> on integers gives a double, <c>//</c> an integer.
/// </summary>
internal static class NumberMath
{
    private enum Kind { Int, Long, Big, Float, Double, Decimal }

    private static Kind KindOf(object value) => value switch
    {
        int or short or ushort or byte or sbyte => Kind.Int,
        long or uint => Kind.Long,
        ulong or BigInteger => Kind.Big,
        float => Kind.Float,
        decimal => Kind.Decimal,
        _ => Kind.Double,
    };

    private static Kind Common(Kind a, Kind b)
    {
        if (a == Kind.Double || b == Kind.Double) return Kind.Double;
        if (a == Kind.Decimal || b == Kind.Decimal) return a is Kind.Float || b is Kind.Float ? Kind.Double : Kind.Decimal;
        if (a == Kind.Float || b == Kind.Float) return Kind.Float;
        return (Kind)Math.Max((int)a, (int)b);
    }

    public static object? Apply(SourceSpan span, BinaryOperator op, object left, object right)
    {
        var kind = Common(KindOf(left), KindOf(right));
        try
        {
            return kind switch
            {
                Kind.Int or Kind.Long => Integer(op, ToLong(left), ToLong(right)),
                Kind.Big => Big(op, ToBig(left), ToBig(right)),
                Kind.Float => Real(op, (double)ToFloat(left), ToFloat(right), asFloat: true),
                Kind.Decimal => Decimal(op, ToDecimal(left), ToDecimal(right)),
                _ => Real(op, ToDouble(left), ToDouble(right), asFloat: false),
            };
        }
        catch (DivideByZeroException)
        {
            throw new ScriptRuntimeException(span, "Cannot divide by zero");
        }
    }

    private static object? Integer(BinaryOperator op, long a, long b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return long.MaxValue - Math.Abs(b) > Math.Abs(a) ? FromLong(a + b) : Widen((BigInteger)a + b);
            case BinaryOperator.Subtract: return long.MaxValue - Math.Abs(b) > Math.Abs(a) ? FromLong(a - b) : Widen((BigInteger)a - b);
            case BinaryOperator.Multiply: return Widen((BigInteger)a * b);
            case BinaryOperator.Divide: return (double)a / b;
            case BinaryOperator.DivideRound: return NumberParser.Narrow(a / b);
            case BinaryOperator.Modulus: return NumberParser.Narrow(a % b);
            case BinaryOperator.Power: return Widen(BigInteger.Pow(a, (int)b));
            case BinaryOperator.ShiftLeft: return Widen((BigInteger)a << (int)b);
            case BinaryOperator.ShiftRight: return NumberParser.Narrow(a >> (int)b);
            case BinaryOperator.BitAnd: return NumberParser.Narrow(a & b);
            case BinaryOperator.BitOr: return NumberParser.Narrow(a | b);
            default: return null;
        }
    }

    private static object Widen(BigInteger value) => NumberParser.Narrow(value);

    private static object FromLong(long value) => value is >= int.MinValue and <= int.MaxValue ? Boxes.Int((int)value) : value;

    private static object? Big(BinaryOperator op, BigInteger a, BigInteger b) => op switch
    {
        BinaryOperator.Add => Widen(a + b),
        BinaryOperator.Subtract => Widen(a - b),
        BinaryOperator.Multiply => Widen(a * b),
        BinaryOperator.Divide => (double)a / (double)b,
        BinaryOperator.DivideRound => Widen(a / b),
        BinaryOperator.Modulus => Widen(a % b),
        BinaryOperator.Power => Widen(BigInteger.Pow(a, (int)b)),
        BinaryOperator.ShiftLeft => Widen(a << (int)b),
        BinaryOperator.ShiftRight => Widen(a >> (int)b),
        BinaryOperator.BitAnd => Widen(a & b),
        BinaryOperator.BitOr => Widen(a | b),
        _ => null,
    };

    private static object? Real(BinaryOperator op, double a, double b, bool asFloat)
    {
        double? result = op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            BinaryOperator.DivideRound => Math.Floor(a / b),
            BinaryOperator.Modulus => a % b,
            BinaryOperator.Power => Math.Pow(a, b),
            _ => null,
        };
        if (result is null) return null;
        if (asFloat) return (float)result.Value;
        return result.Value;
    }

    private static object? Decimal(BinaryOperator op, decimal a, decimal b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => a / b,
        BinaryOperator.DivideRound => Math.Floor(a / b),
        BinaryOperator.Modulus => a % b,
        BinaryOperator.Power => (decimal)Math.Pow((double)a, (double)b),
        _ => null,
    };

    /// <summary>Orders two numbers; used by comparisons.</summary>
    public static int Compare(object left, object right) => Common(KindOf(left), KindOf(right)) switch
    {
        Kind.Int or Kind.Long => ToLong(left).CompareTo(ToLong(right)),
        Kind.Big => ToBig(left).CompareTo(ToBig(right)),
        Kind.Decimal => ToDecimal(left).CompareTo(ToDecimal(right)),
        _ => ToDouble(left).CompareTo(ToDouble(right)),
    };

    public static long ToLong(object value) => value switch
    {
        int i => i,
        long l => l,
        BigInteger b => (long)b,
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static BigInteger ToBig(object value) => value switch
    {
        BigInteger b => b,
        ulong u => u,
        _ => ToLong(value),
    };

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        int i => i,
        BigInteger b => (double)b,
        _ => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    private static float ToFloat(object value) => value is float f ? f : (float)ToDouble(value);

    private static decimal ToDecimal(object value) => value is BigInteger b ? (decimal)b : System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    public static object? Negate(object value) => value switch
    {
        int i => NumberParser.Narrow(-(BigInteger)i),
        long l => NumberParser.Narrow(-(BigInteger)l),
        BigInteger b => NumberParser.Narrow(-b),
        double d => -d,
        float f => -f,
        decimal m => -m,
        _ => null,
    };
}
