using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Safety;

/// <summary>
/// Bounds what a YAML text can cost before it is loaded. An alias (<c>*a</c>) repeats its anchor's whole node, so nine
/// lines of aliases of aliases stand for a billion values ("billion laughs"), which anything walking the tree then
/// visits. The text's values are counted with every alias expanded, and its nesting measured, in one pass over the
/// parser's events; past a limit the text is refused at the alias or the node that crosses it.
/// </summary>
public static class YamlLimits
{
    /// <summary>Values (scalars, lists, maps) of one YAML text with its aliases expanded: far more than any front matter or site.yml.</summary>
    public const long MaxValues = 100_000;

    /// <summary>Lists and maps inside each other.</summary>
    public const int MaxDepth = 64;

    /// <summary>Why <paramref name="yaml"/> is refused and where, or null. Syntax errors are left to the loader, which reports them.</summary>
    public static (Mark At, string Problem)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        // Per open list or map: its size so far and its anchor.
        var open = new Stack<(long Size, string? Anchor)>();
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                long size;
                switch (e)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count == MaxDepth) return (e.Start, $"YAML nested more than {MaxDepth} levels deep");
                        open.Push((1, ((NodeEvent)e).Anchor.IsEmpty ? null : ((NodeEvent)e).Anchor.Value));
                        continue;
                    case SequenceEnd or MappingEnd:
                        var (closed, anchor) = open.Pop();
                        if (anchor is not null) anchors[anchor] = closed;
                        size = closed;
                        break;
                    case Scalar scalar:
                        size = 1;
                        if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                        break;
                    case AnchorAlias alias:
                        // Inside the node it names, an alias would make the value contain itself, without end.
                        if (open.Any(o => o.Anchor == alias.Value.Value))
                            return (e.Start, $"YAML alias *{alias.Value.Value} is inside the value it names, which would contain itself without end");
                        size = anchors.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    case DocumentEnd:
                        anchors.Clear();
                        continue;
                    default:
                        continue;
                }
                if (open.Count > 0)
                {
                    var (parent, parentAnchor) = open.Pop();
                    open.Push((parent + size, parentAnchor));
                    size = parent + size;
                }
                else total += size;
                if (size > MaxValues || total > MaxValues)
                    return (e.Start, $"YAML too large once its aliases (*name) are expanded: more than {MaxValues:N0} values");
            }
        }
        catch (YamlException)
        {
        }
        return null;
    }
}
