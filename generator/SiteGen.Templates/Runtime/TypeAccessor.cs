using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// The members of a .NET type as templates see them: public instance properties and fields, renamed,
/// read through compiled delegates. Built once per type (and renamer) and shared by all renders.
/// Methods are never exposed.
/// </summary>
internal sealed class TypeAccessor
{
    private static readonly ConcurrentDictionary<Type, TypeAccessor> Default = new();
    private static readonly ConcurrentDictionary<(Type, Func<MemberInfo, string>), TypeAccessor> Renamed = new();
    private static int _builds;

    private readonly Dictionary<string, MemberAccessor> _members = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, MemberAccessor>> _ordered = new();

    /// <summary>How many accessor tables have been built in this process (for cache tests).</summary>
    internal static int Builds => Volatile.Read(ref _builds);

    private TypeAccessor(Type type, Func<MemberInfo, string> rename)
    {
        Interlocked.Increment(ref _builds);
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        foreach (var member in type.GetMembers(flags))
        {
            if (member.IsDefined(typeof(ScriptMemberIgnoreAttribute), true)) continue;
            var accessor = member switch
            {
                PropertyInfo p when p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && IsSafe(p.PropertyType) => Build(type, p, p.PropertyType, IsPublicSetter(p)),
                FieldInfo f when IsSafe(f.FieldType) => Build(type, f, f.FieldType, !f.IsInitOnly && !f.IsLiteral),
                _ => null,
            };
            if (accessor is null) continue;
            var name = rename(member);
            if (_members.TryAdd(name, accessor)) _ordered.Add(new(name, accessor));
        }
    }

    public static TypeAccessor For(Type type, Func<MemberInfo, string>? renamer) => renamer is null
        ? Default.GetOrAdd(type, static t => new TypeAccessor(t, StandardMemberRenamer.Rename))
        : Renamed.GetOrAdd((type, renamer), static key => new TypeAccessor(key.Item1, key.Item2));

    /// <summary>A public <c>set</c>; <c>init</c> accessors are not, so records stay as the host built them.</summary>
    private static bool IsPublicSetter(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter
        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));

    /// <summary>Reflection objects, delegates and pointers would let a template reach beyond the data it was given.</summary>
    private static bool IsSafe(Type type) =>
        !typeof(MemberInfo).IsAssignableFrom(type) && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Assembly).IsAssignableFrom(type) && !typeof(Module).IsAssignableFrom(type)
        && !type.IsPointer && !type.IsByRefLike && type != typeof(IntPtr) && type != typeof(UIntPtr)
        && type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) != true;

    // Members are compiled on first use: a model type has dozens of members and a theme reads a few of them.
    private static MemberAccessor Build(Type owner, MemberInfo member, Type memberType, bool writable)
    {
        Func<object, object?>? getter = null;
        Action<object, object?>? setter = null;
        return new MemberAccessor(
            target => (getter ??= Getter(owner, member))(target),
            writable && !owner.IsValueType ? (target, value) => (setter ??= Setter(owner, member, memberType))(target, value) : null,
            memberType);
    }

    private static Func<object, object?> Getter(Type owner, MemberInfo member)
    {
        // See MethodInvoker.Compile: without run-time code generation, reflection is the faster reader.
        if (!RuntimeFeature.IsDynamicCodeCompiled)
            return member is PropertyInfo property ? property.GetValue : ((FieldInfo)member).GetValue;
        var target = Expression.Parameter(typeof(object), "target");
        var access = Expression.MakeMemberAccess(Expression.Convert(target, owner), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), target).Compile();
    }

    private static Action<object, object?> Setter(Type owner, MemberInfo member, Type memberType)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
            return member is PropertyInfo property ? property.SetValue : ((FieldInfo)member).SetValue;
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(Expression.MakeMemberAccess(Expression.Convert(target, owner), member), Expression.Convert(value, memberType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }

    public bool TryGet(object target, string name, out object? value)
    {
        if (_members.TryGetValue(name, out var accessor)) { value = accessor.Get(target); return true; }
        value = null;
        return false;
    }

    public MemberAccessor? Find(string name) => _members.GetValueOrDefault(name);

    public IEnumerable<KeyValuePair<string, object?>> Values(object target)
    {
        foreach (var (name, accessor) in _ordered) yield return new(name, accessor.Get(target));
    }
}

internal sealed record MemberAccessor(Func<object, object?> Get, Action<object, object?>? Set, Type Type);
