namespace SiteGen.Templates.Runtime;

/// <summary>
/// The template language's object: an ordered map of names to values, where single members may be
/// read-only. Scopes, modules (string, array, ...) and object literals are all ScriptObjects.
/// </summary>
public partial class ScriptObject : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private HashSet<string>? _readOnly;

    public ScriptObject() { }

    public ScriptObject(int capacity)
    {
        _values = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);
        _order = new List<string>(capacity);
    }

    /// <summary>When set, no member can be added, changed or removed (used for the builtin scope).</summary>
    public bool IsFrozen { get; private set; }

    public void Freeze() => IsFrozen = true;

    public object? this[string key]
    {
        get => _values[key];
        set => SetValue(key, value, readOnly: false);
    }

    public void SetValue(string name, object? value, bool readOnly)
    {
        if (IsFrozen) throw new InvalidOperationException($"The object is read-only; cannot set '{name}'.");
        if (!_values.ContainsKey(name)) _order.Add(name);
        _values[name] = value;
        if (readOnly) (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        else _readOnly?.Remove(name);
    }

    public bool IsReadOnly(string name) => IsFrozen || (_readOnly?.Contains(name) ?? false);

    public void SetReadOnly(string name, bool readOnly)
    {
        if (readOnly) (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        else _readOnly?.Remove(name);
    }

    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool Remove(string key)
    {
        if (IsFrozen || !_values.Remove(key)) return false;
        _order.Remove(key);
        _readOnly?.Remove(key);
        return true;
    }

    public int Count => _values.Count;

    public ICollection<string> Keys => _order.AsReadOnly();

    public ICollection<object?> Values => _order.Select(k => _values[k]).ToList();

    public void Add(string key, object? value)
    {
        if (_values.ContainsKey(key)) throw new ArgumentException($"'{key}' is already defined.", nameof(key));
        SetValue(key, value, readOnly: false);
    }

    public void Clear()
    {
        if (IsFrozen) throw new InvalidOperationException("The object is read-only.");
        _values.Clear();
        _order.Clear();
        _readOnly?.Clear();
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var key in _order) yield return new KeyValuePair<string, object?>(key, _values[key]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsFrozen;
    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);
    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        _values.TryGetValue(item.Key, out var v) && Equals(v, item.Value);
    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int index)
    {
        foreach (var pair in this) array[index++] = pair;
    }
    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => Remove(item.Key);
}
