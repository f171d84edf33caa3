using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Safety;

/// <summary>
/// Bounds what a YAML text can cost. An alias (<c>*a</c>) repeats its anchor's whole node, so nine lines of aliases of
/// aliases stand for a billion values ("billion laughs"), which anything walking the tree then visits. The parser the
/// loader reads from is wrapped: as events pass, values are counted with every alias expanded and nesting measured,
/// and past a limit the load stops with <see cref="YamlLimitException"/> at the alias or node that crosses it.
/// One pass, the loader's own: no second parse of every front matter.
/// </summary>
public static class YamlLimits
{
    /// <summary>Values (scalars, lists, maps) of one YAML text with its aliases expanded: far more than any front matter or site.yml.</summary>
    public const long MaxValues = 100_000;

    /// <summary>Lists and maps inside each other.</summary>
    public const int MaxDepth = 64;

    /// <summary>A parser of <paramref name="yaml"/> that refuses what passes the limits; give it to <c>YamlStream.Load</c>.</summary>
    public static IParser Parser(string yaml) => new LimitedParser(new Parser(new StringReader(yaml)));

    /// <summary>Why <paramref name="yaml"/> is refused and where, or null (syntax errors are the loader's to report).</summary>
    public static (Mark At, string Problem)? Check(string yaml)
    {
        var parser = Parser(yaml);
        try
        {
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlLimitException e)
        {
            return (e.Start, e.Problem);
        }
        catch (YamlException)
        {
        }
        return null;
    }

    private sealed class LimitedParser(IParser inner) : IParser
    {
        private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
        // Per open list or map: its size so far and its anchor.
        private readonly Stack<(long Size, string? Anchor)> _open = new();
        private long _total;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            Count(inner.Current!);
            return true;
        }

        private void Count(ParsingEvent e)
        {
            long size;
            switch (e)
            {
                case SequenceStart or MappingStart:
                    if (_open.Count == MaxDepth) throw new YamlLimitException(e, $"YAML nested more than {MaxDepth} levels deep");
                    var anchor = ((NodeEvent)e).Anchor;
                    _open.Push((1, anchor.IsEmpty ? null : anchor.Value));
                    return;
                case SequenceEnd or MappingEnd:
                    var (closed, name) = _open.Pop();
                    if (name is not null) _anchors[name] = closed;
                    size = closed;
                    break;
                case Scalar scalar:
                    size = 1;
                    if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    // Inside the node it names, an alias would make the value contain itself, without end.
                    if (_open.Any(o => o.Anchor == alias.Value.Value))
                        throw new YamlLimitException(e, $"YAML alias *{alias.Value.Value} is inside the value it names, which would contain itself without end");
                    size = _anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case DocumentEnd:
                    _anchors.Clear();
                    return;
                default:
                    return;
            }
            if (_open.Count > 0)
            {
                var (parent, parentAnchor) = _open.Pop();
                _open.Push((parent + size, parentAnchor));
                size += parent;
            }
            else _total += size;
            if (size > MaxValues || _total > MaxValues)
                throw new YamlLimitException(e, $"YAML too large once its aliases (*name) are expanded: more than {MaxValues:N0} values");
        }
    }
}

/// <summary>A YAML text past one of <see cref="YamlLimits"/>: not a syntax error, and reported as what it is.</summary>
public sealed class YamlLimitException(ParsingEvent at, string problem) : YamlException(at.Start, at.End, problem)
{
    public string Problem { get; } = problem;
}
