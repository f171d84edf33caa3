using System.Collections;
using System.Numerics;

namespace SiteGen.Templates.Runtime;

/// <summary>Value classification shared by the evaluator and the builtins: truthiness, numbers, type names.</summary>
public static class ScriptValue
{
    /// <summary>Only null and false are falsy, as in Scriban.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        _ => true,
    };

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool IsInteger(object? value) =>
        value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    /// <summary>A list-like value the template can iterate: arrays, lists and enumerables, but not strings or maps.</summary>
    public static bool IsEnumerable(object? value) =>
        value is IEnumerable and not string and not IDictionary and not ScriptObject && !IsStringDictionary(value);

    public static bool IsStringDictionary(object? value) =>
        value is IDictionary<string, object?> || (value is not null && value.GetType().GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>) && i.GenericTypeArguments[0] == typeof(string)));

    /// <summary>The type name Scriban shows in messages (int, string, array, object, ...).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "string",
        bool => "bool",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        ScriptArray => "array",
        ScriptObject => "object",
        IScriptFunction => "function",
        IList => "array",
        _ => value.GetType().Name,
    };

    /// <summary>Whether a value is "empty" for the <c>empty</c> keyword and <c>.empty?</c>.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ScriptObject o => o.Count == 0,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };
}
