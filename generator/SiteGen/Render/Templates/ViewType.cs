using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban.Runtime;
using SiteGen.Render.Views;

namespace SiteGen.Render.Templates;

/// <summary>
/// The members of one view type as templates see them: its public instance properties, named in snake_case
/// by Scriban's own renamer (<c>DateIso</c> is <c>date_iso</c>), read through compiled getters. Built once per
/// type for the process and shared by every context. Methods are never members.
/// </summary>
internal sealed class ViewType
{
    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

    // The getters as change tracking reads the members: for a member made anew at each read (a body decoded
    // from its compact form), what it is made from; for every other member, the member itself.
    private readonly Dictionary<string, Func<object, object?>> _tracked = new(StringComparer.Ordinal);

    public ViewType([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        Type = type;
        var names = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            if (property.IsDefined(typeof(ScriptMemberIgnoreAttribute), inherit: true)) continue;
            string name = StandardMemberRenamer.Default(property);
            var getter = Getter(type, property);
            if (!_getters.TryAdd(name, getter)) continue;
            names.Add(name);
            _tracked[name] = property.GetCustomAttribute<MadeFromAttribute>() is { } madeFrom
                ? Getter(type, type.GetProperty(madeFrom.Source, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new InvalidOperationException($"{type.Name}.{property.Name} is made from {madeFrom.Source}, which it does not have"))
                : getter;
        }
        Names = names;
    }

    public Type Type { get; }

    /// <summary>The member names in declaration order: how a printed or enumerated view lists them.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Has(string name) => _getters.ContainsKey(name);

    public bool TryRead(object target, string name, out object? value) => TryRead(_getters, target, name, out value);

    private static bool TryRead(Dictionary<string, Func<object, object?>> getters, object target, string name, out object? value)
    {
        if (getters.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerable<KeyValuePair<string, object?>> Values(object target)
    {
        foreach (string name in Names) yield return new(name, _getters[name](target));
    }

    /// <summary>
    /// A member as change tracking fingerprints it: what <see cref="TryRead"/> gives, but for a member
    /// <see cref="MadeFromAttribute">made from</see> another, the value it is made from, which stays the
    /// same object while its document is unchanged and so is fingerprinted once.
    /// </summary>
    public bool TryReadTracked(object target, string name, out object? value) => TryRead(_tracked, target, name, out value);

    /// <summary>Every member as change tracking fingerprints it (<see cref="TryReadTracked"/>).</summary>
    public IEnumerable<KeyValuePair<string, object?>> TrackedValues(object target)
    {
        foreach (string name in Names) yield return new(name, _tracked[name](target));
    }

    private static Func<object, object?> Getter(Type owner, PropertyInfo property)
    {
        // Without run-time code generation (Native AOT) a compiled expression is interpreted: reflection reads faster.
        if (!RuntimeFeature.IsDynamicCodeCompiled) return property.GetValue;
        var target = Expression.Parameter(typeof(object), "target");
        var access = Expression.Property(Expression.Convert(target, owner), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), target).Compile();
    }
}
