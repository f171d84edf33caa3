using System.Collections;
using System.Globalization;
using System.Numerics;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>Converts template values to the .NET types that host and builtin functions declare.</summary>
public static class ValueConverter
{
    public static object? Convert(TemplateContext context, SourceSpan span, object? value, Type type)
    {
        if (type == typeof(object)) return value is EmptyValue ? null : value;
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null || value is EmptyValue)
        {
            if (underlying is not null || !type.IsValueType) return type == typeof(string) && value is EmptyValue ? "" : null;
            if (type == typeof(bool)) return false;
            return Activator.CreateInstance(type);
        }
        type = underlying ?? type;
        if (type.IsInstanceOfType(value)) return value;
        if (type == typeof(string)) return context.ObjectToString(value);
        if (type == typeof(bool)) return ScriptValue.IsTruthy(value);
        if (ScriptValue.IsNumber(value) && IsNumericType(type)) return ConvertNumber(span, value, type);
        if (value is string text && IsNumericType(type)) return ParseNumber(span, text, type);
        if (type == typeof(ScriptArray) || type == typeof(IList) || type == typeof(IList<object?>) || type == typeof(List<object?>))
        {
            if (value is IEnumerable items and not string) return new ScriptArray(items.Cast<object?>());
        }
        if (type == typeof(IEnumerable) || type == typeof(IEnumerable<object?>))
        {
            if (value is IEnumerable items) return items.Cast<object?>();
        }
        if (type == typeof(ScriptObject) || type == typeof(IDictionary<string, object?>))
        {
            var obj = new ScriptObject();
            context.ObserveRead(value, IRenderObserver.AllMembers);
            foreach (var (key, item) in MemberAccess.Members(value, context.MemberRenamer)) obj.SetValue(key, item, readOnly: false);
            return obj;
        }
        if (type == typeof(DateTime) && value is string date && DateTime.TryParse(date, context.Culture, DateTimeStyles.None, out var parsed)) return parsed;
        if (type == typeof(TimeSpan) && value is string time && TimeSpan.TryParse(time, context.Culture, out var span2)) return span2;
        if (type.IsEnum)
        {
            if (value is string name && Enum.TryParse(type, name, ignoreCase: true, out var member)) return member;
            if (ScriptValue.IsInteger(value)) return Enum.ToObject(type, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
        throw new ScriptRuntimeException(span, $"Unable to convert type `{ScriptValue.TypeName(value)}` to `{TypeLabel(type)}`");
    }

    private static bool IsNumericType(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
        || type == typeof(BigInteger) || type == typeof(uint) || type == typeof(ulong) || type == typeof(short) || type == typeof(byte);

    private static object ConvertNumber(SourceSpan span, object value, Type type)
    {
        try
        {
            if (type == typeof(BigInteger))
                return value switch
                {
                    BigInteger b => b,
                    double d => new BigInteger(d),
                    float f => new BigInteger(f),
                    decimal m => new BigInteger(m),
                    _ => new BigInteger(System.Convert.ToInt64(value, CultureInfo.InvariantCulture)),
                };
            if (value is BigInteger big)
                return type == typeof(double) ? (double)big : type == typeof(decimal) ? (decimal)big : System.Convert.ChangeType((long)big, type, CultureInfo.InvariantCulture);
            if (type == typeof(int) && value is double or float or decimal) return (int)System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (type == typeof(long) && value is double or float or decimal) return (long)System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw new ScriptRuntimeException(span, $"The number `{value}` is too large for `{TypeLabel(type)}`");
        }
    }

    private static object ParseNumber(SourceSpan span, string text, Type type)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return ConvertNumber(span, number % 1 == 0 && Math.Abs(number) < long.MaxValue ? (long)number : number, type);
        throw new ScriptRuntimeException(span, $"Unable to convert type `string` to `{TypeLabel(type)}`");
    }

    private static string TypeLabel(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(float) => "float",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when typeof(IScriptFunction).IsAssignableFrom(type) => "function",
        _ when typeof(IEnumerable).IsAssignableFrom(type) => "array",
        _ => type.Name,
    };
}
