using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using SiteGen.Render.Faq;
using SiteGen.Render.Views;

namespace SiteGen.Render.Templates;

/// <summary>
/// Every type of the view layer that templates read, each with its member table. Scriban reads these through
/// <see cref="ViewAccessor"/>; any other .NET object through its own reflection-based accessor.
/// </summary>
internal static class ViewTypes
{
    private static readonly Dictionary<Type, ViewType> Known = Register(
        typeof(SiteView), typeof(ArticleView), typeof(TopicView), typeof(PageView), typeof(PageInfoView),
        typeof(PaginationView), typeof(TocItemView), typeof(FaqView), typeof(OrganizationView), typeof(HelplineView),
        typeof(MenuItemView), typeof(FaqPageView), typeof(FaqGroupView), typeof(FaqItemView), typeof(LanguageView), typeof(TranslationView));

    private static readonly ConcurrentDictionary<Type, ViewType> Others = new();

    public static IEnumerable<Type> All => Known.Keys;

    /// <summary>The table of a view type, or null for any other type.</summary>
    public static ViewType? Of(Type type) => Known.GetValueOrDefault(type);

    /// <summary>
    /// The public properties of any type by the names templates would use: how a fingerprint reads the model's
    /// settings and records, which never reach a template themselves.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The native build trims partially: SiteGen's own types keep their members.")]
    public static ViewType Members(Type type) => Of(type) ?? Others.GetOrAdd(type, t => new ViewType(t));

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The native build trims partially: SiteGen's own types keep their members.")]
    private static Dictionary<Type, ViewType> Register(params Type[] types) => types.ToDictionary(t => t, t => new ViewType(t));
}
