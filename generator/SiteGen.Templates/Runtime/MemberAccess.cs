using System.Collections;
using System.Reflection;

namespace SiteGen.Templates.Runtime;

/// <summary>Reads and writes named members of any value a template holds: script objects, dictionaries, arrays and .NET objects.</summary>
internal static class MemberAccess
{
    public static bool TryGet(object target, string name, Func<MemberInfo, string>? renamer, out object? value)
    {
        switch (target)
        {
            case ScriptObject obj:
                if (obj.TryGetValue(name, out value)) return true;
                break;
            case ScriptArray array:
                if (name == "size") { value = array.Count; return true; }
                if (array.HasProperties && array.Properties.TryGetValue(name, out value)) return true;
                break;
            case IDictionary<string, object?> dictionary:
                if (dictionary.TryGetValue(name, out value)) return true;
                break;
            case IDictionary dictionary:
                if (dictionary.Contains(name)) { value = dictionary[name]; return true; }
                break;
            case string text:
                if (name == "size") { value = text.Length; return true; }
                break;
            case ICollection collection:
                if (name == "size") { value = collection.Count; return true; }
                break;
            default:
                if (!IsPrimitive(target) && TypeAccessor.For(target.GetType(), renamer).TryGet(target, name, out value)) return true;
                break;
        }
        if (name == "empty?") { value = ScriptValue.IsEmpty(target); return true; }
        value = null;
        return false;
    }

    /// <summary>
    /// The accessor that reads <paramref name="name"/> of a plain .NET object (none of the kinds above), or
    /// null. Which case of <see cref="TryGet"/> applies depends on the target's type alone, so a caller may
    /// keep the accessor for that type and skip the lookups on the next target of the same type.
    /// </summary>
    public static MemberAccessor? PlainMember(object target, string name, Func<MemberInfo, string>? renamer) =>
        !IsPlainObject(target)
            ? null
            : TypeAccessor.For(target.GetType(), renamer).Find(name);

    /// <summary>An object whose members are its .NET properties and fields: what <see cref="PlainMember"/> serves.</summary>
    public static bool IsPlainObject(object target) =>
        target is not (ScriptObject or ScriptArray or IDictionary<string, object?> or IDictionary or string or ICollection) && !IsPrimitive(target);

    private static bool IsPrimitive(object value) => value.GetType().IsPrimitive || value is decimal or Enum or IScriptFunction or EmptyValue;

    // A generic dictionary's plain enumerator yields KeyValuePair values; only its IDictionaryEnumerator yields entries.
    private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext()) yield return new KeyValuePair<string, object?>(entries.Key.ToString() ?? "", entries.Value);
    }

    /// <summary>Sets a member; returns false when the target cannot hold members.</summary>
    public static bool TrySet(TemplateContext context, Syntax.SourceSpan span, object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject obj:
                if (obj.IsReadOnly(name)) throw new ScriptRuntimeException(span, $"Cannot set a value for the readonly member: {name}");
                obj.SetValue(name, value, readOnly: false);
                return true;
            case ScriptArray array:
                array.Properties.SetValue(name, value, readOnly: false);
                return true;
            case IDictionary<string, object?> dictionary:
                dictionary[name] = value;
                return true;
            case IDictionary dictionary:
                dictionary[name] = value;
                return true;
        }
        if (IsPrimitive(target) || target is string) return false;
        var accessor = TypeAccessor.For(target.GetType(), context.MemberRenamer).Find(name);
        if (accessor?.Set is null) throw new ScriptRuntimeException(span, $"Cannot set the member `{name}` of this object");
        accessor.Set(target, ValueConverter.Convert(context, span, value, accessor.Type));
        return true;
    }

    /// <summary>The members of any object-like value, in order, for printing and <c>import</c>.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Members(object target, Func<MemberInfo, string>? renamer = null) => target switch
    {
        ScriptObject obj => obj,
        IDictionary<string, object?> dictionary => dictionary,
        IDictionary dictionary => Entries(dictionary),
        _ when IsPrimitive(target) || target is string => [],
        _ => TypeAccessor.For(target.GetType(), renamer).Values(target),
    };
}
