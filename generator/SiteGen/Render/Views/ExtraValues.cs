using SiteGen.Templates.Runtime;

namespace SiteGen.Render.Views;

/// <summary>Turns front matter's free-form values (YAML maps and lists) into the template language's objects and arrays.</summary>
internal static class ExtraValues
{
    public static ScriptObject ToScript(IReadOnlyDictionary<string, object?> values)
    {
        var result = new ScriptObject(values.Count);
        foreach (var (key, value) in values) result[key] = Convert(value);
        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        null or string => value,
        IReadOnlyDictionary<string, object?> map => ToScript(map),
        IDictionary<object, object?> map => ToScript(map.ToDictionary(p => p.Key.ToString() ?? "", p => p.Value)),
        System.Collections.IEnumerable list => new ScriptArray(list.Cast<object?>().Select(Convert)),
        _ => value,
    };
}
