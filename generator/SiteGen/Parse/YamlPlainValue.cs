using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// Converts YAML to plain .NET values for themes (keys SiteGen does not know): mappings become
/// dictionaries in file order, sequences lists, and unquoted scalars follow YAML's core schema
/// (null, booleans, integers, floats); everything else stays a string.
/// </summary>
public static class YamlPlainValue
{
    public static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => Key(p.Key), p => Convert(p.Value), StringComparer.Ordinal),
        YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    public static string Key(YamlNode key) => key is YamlScalarNode { Value: { } value } ? value : key.ToString();

    private static object? Scalar(YamlScalarNode scalar)
    {
        string? value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain) return value;
        switch (value)
        {
            case null or "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)) return integer;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)) return number;
        return value;
    }
}
