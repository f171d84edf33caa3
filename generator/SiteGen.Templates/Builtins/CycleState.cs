using System.Runtime.CompilerServices;

namespace SiteGen.Templates.Builtins;

/// <summary>
/// The position of each array.cycle group, kept per render (per TemplateContext) so that two
/// pages rendered with separate contexts never share a cycle.
/// </summary>
internal static class CycleState
{
    private static readonly ConditionalWeakTable<TemplateContext, Dictionary<string, int>> Positions = new();

    /// <summary>Returns the index to use now for <paramref name="group"/> and advances it.</summary>
    public static int Next(TemplateContext context, string group, int count)
    {
        var positions = Positions.GetOrCreateValue(context);
        positions.TryGetValue(group, out int position);
        int index = position % count;
        positions[group] = index + 1;
        return index;
    }
}
