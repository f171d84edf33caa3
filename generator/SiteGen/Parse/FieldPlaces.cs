using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// Where front matter keys and values are written in the file, kept from the one YAML parse so that findings about a
/// field (<c>sitegen check</c>'s) need no second one. A key that is not written is placed at (1, 1).
/// </summary>
public sealed class FieldPlaces
{
    public static readonly FieldPlaces None = new(new Dictionary<string, FieldPlace>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, FieldPlace> _places;

    private FieldPlaces(IReadOnlyDictionary<string, FieldPlace> places) => _places = places;

    /// <summary>Where the value of <paramref name="key"/> starts (its opening quote, when quoted).</summary>
    public (int Line, int Column) Of(string key) => _places.TryGetValue(key, out var place) ? (place.Line, place.Column) : (1, 1);

    /// <summary>Where the value's text starts: after its opening quote.</summary>
    public (int Line, int Column) TextOf(string key) => _places.TryGetValue(key, out var place) ? (place.Line, place.TextColumn) : (1, 1);

    /// <summary>Where <paramref name="key"/> itself is written.</summary>
    public (int Line, int Column) OfKey(string key) => _places.TryGetValue(key + ":", out var place) ? (place.Line, place.Column) : (1, 1);

    public static FieldPlaces Read(YamlMappingNode mapping, YamlSource source)
    {
        var places = new Dictionary<string, FieldPlace>(mapping.Children.Count * 2, StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name }) continue;
            places[name] = Place(value, source);
            places[name + ":"] = Place(key, source);
        }
        return new FieldPlaces(places);
    }

    /// <summary>Where a node starts, and where its text does: one column on when it opens with a quote.</summary>
    public static FieldPlace Place(YamlNode node, YamlSource source)
    {
        int line = source.Line(node.Start), column = (int)node.Start.Column;
        bool quoted = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted };
        return new FieldPlace(line, column, quoted ? column + 1 : column);
    }
}

public readonly record struct FieldPlace(int Line, int Column, int TextColumn);
