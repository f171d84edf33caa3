using SiteGen.Diagnostics;
using SiteGen.Safety;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Render.Themes;

/// <summary>What theme.yml says: the theme's name and the theme it extends, if any.</summary>
public sealed record ThemeManifest(string Name, string? Extends)
{
    public const string FileName = "theme.yml";

    /// <summary>Reads a theme.yml; reports problems at their line and returns null when the file is unusable.</summary>
    public static ThemeManifest? Read(string path, string yamlText, ErrorList errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(YamlLimits.Parser(yamlText));
        }
        catch (YamlLimitException e)
        {
            errors.Add(path, (int)e.Start.Line, (int)e.Start.Column, e.Problem);
            return null;
        }
        catch (YamlException e)
        {
            errors.Add(path, (int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + YamlMessage(e));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(path, 1, 1, "theme.yml must be a mapping with at least 'name'");
            return null;
        }

        string? name = Scalar(root, "name", path, errors);
        string? extends = Scalar(root, "extends", path, errors);
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(path, 1, 1, "theme.yml has no 'name'");
            return null;
        }
        return new ThemeManifest(name.Trim(), string.IsNullOrWhiteSpace(extends) ? null : extends.Trim());
    }

    // YamlDotNet prefixes its messages with the position, which the error already carries.
    private static string YamlMessage(YamlException e)
    {
        string message = (e.InnerException ?? e).Message;
        int dash = message.IndexOf(") - ", StringComparison.Ordinal);
        return message.StartsWith('(') && dash > 0 ? message[(dash + 4)..] : message;
    }

    private static string? Scalar(YamlMappingNode root, string key, string path, ErrorList errors)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        errors.Add(path, (int)node.Start.Line, (int)node.Start.Column, $"'{key}' must be a single name");
        return null;
    }
}
