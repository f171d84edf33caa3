using SiteGen.Diagnostics;
using SiteGen.Safety;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Parse;

/// <summary>
/// A YAML text inside a file (a whole site.yml, or front matter starting at some line), able to
/// report errors at file positions: YamlDotNet's marks count from the text's own first line.
/// </summary>
public sealed class YamlSource(string displayPath, int firstLine, ErrorList errors)
{
    public string DisplayPath => displayPath;

    public ErrorList Errors => errors;

    /// <summary>The root mapping, an empty mapping for empty YAML, or null after reporting why not.</summary>
    public YamlMappingNode? LoadMapping(string yaml, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(YamlLimits.Parser(yaml));
        }
        catch (YamlLimitException e)
        {
            Error(e.Start, e.Problem);
            return null;
        }
        catch (YamlException e)
        {
            Error(e.Start, "invalid YAML: " + Message(e));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
        Error(stream.Documents[0].RootNode.Start, $"{what} must be a set of 'key: value' lines");
        return null;
    }

    public void Error(Mark at, string message) => errors.Add(displayPath, Line(at), (int)at.Column, message);

    public void Error(YamlNode at, string message) => Error(at.Start, message);

    public int Line(Mark at) => firstLine - 1 + (int)at.Line;

    /// <summary>The file line where a scalar's text starts: a block scalar ('|' or '>') starts on the line after its indicator.</summary>
    public int ContentLine(YamlNode node) =>
        Line(node.Start) + (node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? 1 : 0);

    // YamlDotNet puts "(Line: 3, Col: 1, Idx: 20) - (Line: ...): " before its message; the error already has the position.
    private static string Message(YamlException e)
    {
        string message = e.Message;
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }
}
