using System.Collections;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// Named members of template values for array.map/sort and the object module, read exactly as
/// the language's member access reads them (so <c>array.map "title"</c> sees what <c>item.title</c> sees).
/// Lists, strings and scalars have no members here, only objects do.
/// </summary>
internal static class Members
{
    public static bool TryGet(TemplateContext context, object? target, string name, out object? value)
    {
        value = null;
        if (target is not null) context.ObserveRead(target, name);
        return target is not null && MemberAccess.TryGet(target, name, context.MemberRenamer, out value);
    }

    public static IEnumerable<KeyValuePair<string, object?>> Of(TemplateContext context, object? target) => target switch
    {
        null or string or IScriptFunction => [],
        IDictionary<string, object?> or IDictionary => MemberAccess.Members(target),
        IEnumerable => [],
        _ when ScriptValue.IsNumber(target) || target is bool => [],
        _ => ObservedMembers(context, target),
    };

    private static IEnumerable<KeyValuePair<string, object?>> ObservedMembers(TemplateContext context, object target)
    {
        context.ObserveRead(target, IRenderObserver.AllMembers);
        return MemberAccess.Members(target, context.MemberRenamer);
    }
}
