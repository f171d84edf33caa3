using System.Globalization;
using System.Numerics;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

/// <summary>
/// Reads number literals: decimal, hex (<c>0x</c>), binary (<c>0b</c>), <c>_</c> separators, exponents and
/// suffixes. Integers take the smallest of int, long and BigInteger that holds them, as in Scriban.
/// </summary>
internal static class NumberParser
{
    public static object Parse(string text, bool isFloat)
    {
        var clean = text.Replace("_", "");
        if (isFloat) return ParseFloat(clean);
        // The u/l suffixes only matter to C#: values keep the smallest type that holds them.
        if (clean.Length > 0 && clean[^1] is 'u' or 'U' or 'l' or 'L') clean = clean[..^1];
        BigInteger value;
        if (clean.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            value = BigInteger.Parse("0" + clean[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        else if (clean.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            value = ParseBinary(clean[2..]);
        else value = ParseDecimal(clean);
        return Narrow(value);
    }

    public static object Narrow(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue) return Boxes.Int((int)value);
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        return value;
    }

    private static BigInteger ParseBinary(string digits)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits) value = value * 2 + (c == '1' ? 1 : 0);
        return value;
    }

    private static BigInteger ParseDecimal(string text)
    {
        var e = text.IndexOfAny(['e', 'E']);
        if (e < 0) return BigInteger.Parse(text, CultureInfo.InvariantCulture);
        var mantissa = BigInteger.Parse(text[..e], CultureInfo.InvariantCulture);
        var exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        return exponent >= 0 ? mantissa * BigInteger.Pow(10, exponent) : mantissa / BigInteger.Pow(10, -exponent);
    }

    private static object ParseFloat(string text)
    {
        var suffix = char.ToLowerInvariant(text[^1]);
        var body = suffix is 'f' or 'd' or 'm' ? text[..^1] : text;
        return suffix switch
        {
            'f' => float.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
            'm' => decimal.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => double.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    public static bool TryNegate(object? value, out object? negated)
    {
        negated = value switch
        {
            int i when i != int.MinValue => -i,
            long l => Narrow(-(BigInteger)l),
            BigInteger b => Narrow(-b),
            double d => -d,
            float f => -f,
            decimal m => -m,
            _ => null,
        };
        return negated is not null;
    }
}
