using System.Collections;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The <c>object</c> module. Keys and values are the members a template can already read with
/// <c>obj.name</c>: properties and fields of host objects, never their methods or types.
/// </summary>
public static class ObjectFunctions
{
    /// <summary><paramref name="default"/> when the value is null or an empty string, else the value.</summary>
    public static object? Default(object? value, object? @default) =>
        value is null || value is string { Length: 0 } ? @default : value;

    /// <summary>Evaluates a string as script code, calls a function, or returns any other value as is.</summary>
    public static object? Eval(TemplateContext context, SourceSpan span, object? value) => value switch
    {
        string script => context.Evaluate(span, script),
        IScriptFunction function => context.Call(span, function),
        _ => value,
    };

    /// <summary>Renders a string as a template (text with {{ }} blocks), calls a function, or returns any other value.</summary>
    public static object? EvalTemplate(TemplateContext context, SourceSpan span, object? value) => value switch
    {
        string template => context.RenderText(span, template),
        IScriptFunction function => context.Call(span, function),
        _ => value,
    };

    /// <summary>The value formatted with a .NET format string, in the template's culture or the one named.</summary>
    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null)
    {
        if (value is null) return "";
        if (value is not IFormattable formattable)
            throw new ScriptRuntimeException(span, $"Unexpected `{context.ObjectToString(value)}`. Must be a formattable object");
        return MathFunctions.FormatValue(span, formattable, format, Cultures.Resolve(span, culture, context.Culture));
    }

    public static bool HasKey(TemplateContext context, object? value, string? key) =>
        key is not null && Members.Of(context, value).Any(member => member.Key == key);

    /// <summary>True when the object has the member <paramref name="key"/> and its value is not null.</summary>
    public static bool HasValue(TemplateContext context, object? value, string? key) =>
        key is not null && Members.Of(context, value).Any(member => member.Key == key && member.Value is not null);

    /// <summary>The member names of an object (a ScriptObject, a dictionary or a host object's readable properties).</summary>
    public static ScriptArray Keys(TemplateContext context, object? value) => new(Members.Of(context, value).Select(member => (object?)member.Key));

    public static ScriptArray Values(TemplateContext context, object? value) => new(Members.Of(context, value).Select(member => member.Value));

    /// <summary>The length of a string, the item count of a list, the member count of an object, else 0.</summary>
    public static int Size(object? value) => value switch
    {
        string text => text.Length,
        ICollection collection => collection.Count,
        IEnumerable items => items.Cast<object?>().Count(),
        _ => 0,
    };

    /// <summary>The value's type among string, boolean, number, array, iterator and object; null for null.</summary>
    public static string? Typeof(object? value) => ValueKinds.TypeOf(value);

    /// <summary>The value's detailed type (int, double, range, function...); null for null.</summary>
    public static string? Kind(object? value) => ValueKinds.KindOf(value);

    /// <summary>Parses JSON into template values: objects, arrays, strings, numbers, booleans and null.</summary>
    public static object? FromJson(SourceSpan span, string? json) => JsonValues.Parse(span, json);

    /// <summary>The value written as compact JSON.</summary>
    public static string ToJson(TemplateContext context, SourceSpan span, object? value) => JsonValues.Write(context, span, value);
}
