namespace SiteGen.Templates.Runtime;

/// <summary>The members of .NET objects exactly as templates see them (names, visibility), for hosts that inspect the values a template was given.</summary>
public static class HostObjects
{
    /// <summary>True for a plain .NET object whose members templates read through properties and fields (not a script object, array, dictionary, string, list or scalar).</summary>
    public static bool IsPlain(object value) => MemberAccess.IsPlainObject(value);

    /// <summary>Every member of a plain object, in declaration order, with the names templates use.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Members(object target) => MemberAccess.Members(target);

    /// <summary>Reads one member by the name templates use.</summary>
    public static bool TryRead(object target, string name, out object? value) => MemberAccess.TryGet(target, name, null, out value);
}
