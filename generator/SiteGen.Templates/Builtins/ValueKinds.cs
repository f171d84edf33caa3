using System.Collections;
using System.Numerics;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

/// <summary>The names object.typeof and object.kind give to template values.</summary>
internal static class ValueKinds
{
    public static string? TypeOf(object? value) => value switch
    {
        null => null,
        string => "string",
        bool => "boolean",
        _ when ScriptValue.IsNumber(value) => "number",
        ScriptRange => "iterator",
        IList => "array",
        IDictionary<string, object?> or IDictionary => "object",
        IEnumerable => "iterator",
        _ => "object",
    };

    public static string? KindOf(object? value) => value switch
    {
        null => null,
        string => "string",
        bool => "bool",
        byte => "byte",
        sbyte => "sbyte",
        ushort => "ushort",
        short => "short",
        uint => "uint",
        int => "int",
        ulong => "ulong",
        long => "long",
        float => "float",
        double => "double",
        decimal => "decimal",
        BigInteger => "bigint",
        Enum => "enum",
        IScriptFunction => "function",
        ScriptRange => "range",
        IList => "array",
        IDictionary<string, object?> or IDictionary => "object",
        // Lazy sequences from the host behave like ranges: iterable, not indexable by templates.
        IEnumerable => "range",
        _ => "object",
    };
}
