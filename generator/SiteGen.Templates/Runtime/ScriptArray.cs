namespace SiteGen.Templates.Runtime;

/// <summary>
/// The template language's array: a list of values that, like Scriban's, can also carry named
/// properties of its own (<c>a.x = 1</c>) beside its items.
/// </summary>
public class ScriptArray : List<object?>
{
    private ScriptObject? _properties;

    public ScriptArray() { }

    public ScriptArray(int capacity) : base(capacity) { }

    public ScriptArray(IEnumerable<object?> items) : base(items) { }

    /// <summary>Named properties set on the array; created on first use.</summary>
    public ScriptObject Properties => _properties ??= new ScriptObject();

    public bool HasProperties => _properties is { Count: > 0 };
}
