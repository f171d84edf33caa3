using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// Typed, validated reads of a YAML mapping's keys. Each read marks its key as known; whatever is
/// left is <see cref="Extra"/>. Problems are reported at the value's position and the read returns
/// the default, so one pass finds every problem of a file.
/// </summary>
public sealed class YamlFields(YamlSource source, YamlMappingNode mapping, (int Line, int Column) missingAt)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlSource Source => source;

    public YamlNode? Node(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in mapping.Children)
            if (YamlPlainValue.Key(k) == key)
                return v is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } ? null : v;
        return null;
    }

    public void Missing(string key, string hint = "") =>
        source.Errors.Add(source.DisplayPath, missingAt.Line, missingAt.Column, $"'{key}' is missing{hint}");

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Value)) source.Error(node, $"'{key}' is empty");
            return scalar.Value;
        }
        source.Error(node, $"'{key}' must be a single value, not a list or mapping");
        return null;
    }

    public DateTimeOffset? Date(string key, bool required = false)
    {
        string? text = Text(key, required);
        if (text is null) return null;
        if (DateValue.TryParse(text, out var date)) return date;
        source.Error(Node(key)!, $"'{key}' is not a date: '{text}'; write it as 2025-03-14 or 2025-03-14T09:30:00Z");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        string? text = Text(key);
        if (text is null) return fallback;
        if (text is "true" or "True" or "TRUE" or "yes") return true;
        if (text is "false" or "False" or "FALSE" or "no") return false;
        source.Error(Node(key)!, $"'{key}' must be true or false, not '{text}'");
        return fallback;
    }

    public int Int(string key, int fallback, int min)
    {
        string? text = Text(key);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min) return value;
        source.Error(Node(key)!, $"'{key}' must be a whole number of at least {min}, not '{text}'");
        return fallback;
    }

    /// <summary>A list of single values; a lone value counts as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> TextList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode { Value: { } one }: return [(one, node)];
            case YamlSequenceNode seq:
                var items = new List<(string, YamlNode)>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && value.Length > 0) items.Add((value, item));
                    else source.Error(item, $"each entry of '{key}' must be a single value");
                }
                return items;
            default:
                source.Error(node, $"'{key}' must be a list such as [a, b]");
                return [];
        }
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Node(key);
        if (node is null or YamlMappingNode) return (YamlMappingNode?)node;
        source.Error(node, $"'{key}' must be a set of 'name: value' lines");
        return null;
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = Node(key);
        if (node is null or YamlSequenceNode) return (YamlSequenceNode?)node;
        source.Error(node, $"'{key}' must be a list ('- ' entries)");
        return null;
    }

    /// <summary>
    /// Warns at each key not read so far that is a letter or two away from one that was (<c>tittle</c>): almost
    /// always a typo, which would otherwise pass silently into <see cref="Extra"/>.
    /// </summary>
    public void WarnOfTypos(string keptAs)
    {
        foreach (var (k, _) in mapping.Children)
        {
            string key = YamlPlainValue.Key(k);
            if (_known.Contains(key) || Diagnostics.Suggestions.Closest(key, _known) is not { } meant) continue;
            source.Errors.Warn(source.DisplayPath, source.Line(k.Start), (int)k.Start.Column,
                $"unknown key '{key}' is kept for the theme as {keptAs}.{key}; did you mean '{meant}'?");
        }
    }

    /// <summary>Keys not read so far, as plain values, in file order.</summary>
    public IReadOnlyDictionary<string, object?> Extra()
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            string key = YamlPlainValue.Key(k);
            if (!_known.Contains(key)) extra[key] = YamlPlainValue.Convert(v);
        }
        return extra;
    }
}
