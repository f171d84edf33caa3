using Scriban.Runtime;

namespace SiteGen.Render.Views;

/// <summary>
/// Turns front matter's free-form values (YAML maps and lists) into Scriban's objects and read-only lists.
/// Every page of a build, on every thread, reads the same values: a template cannot change them.
/// </summary>
internal static class ExtraValues
{
    public static ScriptObject ToScript(IReadOnlyDictionary<string, object?> values)
    {
        var result = new ScriptObject(values.Count);
        foreach (var (key, value) in values) result[key] = Convert(value);
        result.IsReadOnly = true;
        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        null or string => value,
        IReadOnlyDictionary<string, object?> map => ToScript(map),
        IDictionary<object, object?> map => ToScript(map.ToDictionary(p => p.Key.ToString() ?? "", p => p.Value)),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Convert).ToList().AsReadOnly(),
        _ => value,
    };
}
