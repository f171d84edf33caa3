using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// How Scriban reads a view: through its member table, read-only, and telling the render's observer each
/// member a page reads, so a rebuild knows which pages a changed value concerns.
/// </summary>
internal sealed class ViewAccessor(ViewType type) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target)
    {
        Observe(context, target, IRenderObserver.AllMembers);
        return type.Names.Count;
    }

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target)
    {
        Observe(context, target, IRenderObserver.AllMembers);
        return type.Names;
    }

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => type.Has(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        try
        {
            if (!type.TryRead(target, member, out value)) return false;
        }
        catch (Exception e)
        {
            throw new ScriptRuntimeException(span, $"Reading the member `{member}` failed: {e.Message}", e);
        }
        Observe(context, target, member);
        return true;
    }

    // Views are shared by every page of a build, on every thread: a template cannot change them.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"Cannot set `{member}`: the values SiteGen gives templates are read-only; assign to a variable of your own instead");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    private static void Observe(TemplateContext context, object target, string member)
    {
        if (context is ThemeContext { Observer: { } observer }) observer.MemberRead(target, member);
    }
}
