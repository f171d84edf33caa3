using System.Numerics;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>The <c>math</c> module. Operations on a null value give null, like the language's operators.</summary>
public static class MathFunctions
{
    /// <summary>The absolute value, keeping the number's type.</summary>
    public static object? Abs(TemplateContext context, SourceSpan span, object? value) => value switch
    {
        null => null,
        int i => i == int.MinValue ? -(long)i : Math.Abs(i),
        long l => l == long.MinValue ? -(BigInteger)l : Math.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        BigInteger b => BigInteger.Abs(b),
        sbyte or short => Math.Abs(Convert.ToInt32(value)),
        byte or ushort or uint or ulong => value,
        _ => throw NotANumber(context, span, value),
    };

    public static double Ceil(double value) => Math.Ceiling(value);

    public static double Floor(double value) => Math.Floor(value);

    /// <summary>Rounds half to even, to <paramref name="precision"/> fractional digits.</summary>
    public static double Round(double value, int precision = 0) => Math.Round(value, Math.Clamp(precision, 0, 15));

    /// <summary><paramref name="value"/> + <paramref name="with"/>, exactly as the language's operator computes it.</summary>
    public static object? Plus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        ScriptOperators.Apply(context, span, BinaryOperator.Add, value, with);

    public static object? Minus(TemplateContext context, SourceSpan span, object? value, object? with) =>
        ScriptOperators.Apply(context, span, BinaryOperator.Subtract, value, with);

    public static object? Times(TemplateContext context, SourceSpan span, object? value, object? with) =>
        ScriptOperators.Apply(context, span, BinaryOperator.Multiply, value, with);

    public static object? Modulo(TemplateContext context, SourceSpan span, object? value, object? with) =>
        ScriptOperators.Apply(context, span, BinaryOperator.Modulus, value, with);

    /// <summary>
    /// <paramref name="value"/> divided by <paramref name="divisor"/>; when the divisor is an
    /// integer the quotient is rounded down to an integer (8.4 / 2 gives 4).
    /// </summary>
    public static object? DividedBy(TemplateContext context, SourceSpan span, object? value, object? divisor)
    {
        bool integerDivisor = ScriptValue.IsInteger(divisor);
        if (integerDivisor && NumberMath.Compare(divisor!, 0) == 0) throw new ScriptRuntimeException(span, "Cannot divide by zero");
        var quotient = ScriptOperators.Apply(context, span, BinaryOperator.Divide, value, divisor);
        if (!integerDivisor) return quotient;
        return quotient switch
        {
            double d when double.IsFinite(d) => NumberParser.Narrow(new BigInteger(Math.Floor(d))),
            float f when float.IsFinite(f) => NumberParser.Narrow(new BigInteger(Math.Floor(f))),
            decimal m => NumberParser.Narrow(new BigInteger(Math.Floor(m))),
            _ => quotient,
        };
    }

    /// <summary>The number formatted with a .NET numeric format string (e.g. "X4", "N2", "0.##").</summary>
    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null)
    {
        if (value is null) return "";
        if (!ScriptValue.IsNumber(value) || value is not IFormattable formattable)
            throw new ScriptRuntimeException(span, $"Unexpected `{context.ObjectToString(value)}`. Must be a formattable number");
        return FormatValue(span, formattable, format, Cultures.Resolve(span, culture, context.Culture));
    }

    public static bool IsNumber(object? value) => ScriptValue.IsNumber(value);

    /// <summary>A new random UUID, e.g. 2dc55d50-3f6c-446a-87d0-a5a4eed23269.</summary>
    public static string Uuid() => Guid.NewGuid().ToString();

    /// <summary>A random integer from <paramref name="minValue"/> (inclusive) to <paramref name="maxValue"/> (exclusive).</summary>
    public static int Random(SourceSpan span, int minValue, int maxValue)
    {
        if (minValue > maxValue) throw new ScriptRuntimeException(span, "minValue must be less than or equal to maxValue");
        return System.Random.Shared.Next(minValue, maxValue);
    }

    internal static string FormatValue(SourceSpan span, IFormattable value, string? format, IFormatProvider culture)
    {
        try
        {
            return value.ToString(format ?? "", culture);
        }
        catch (FormatException)
        {
            throw new ScriptRuntimeException(span, $"Invalid format `{format}`");
        }
    }

    private static ScriptRuntimeException NotANumber(TemplateContext context, SourceSpan span, object value) =>
        new(span, $"The value `{context.ObjectToString(value)}` is not a number");
}
