namespace SiteGen.Render.SearchSections;

/// <summary>
/// The open elements while <see cref="RootMarkupParser"/> reads a root, and the parsing rules that
/// decide whether the markup builds the tree it spells out: where the HTML parser would close, move or
/// ignore an element, the reader refuses instead.
/// </summary>
internal ref struct ParseState(RootMarkup markup)
{
    private int depth;
    private int openParagraphs;
    private int openAnchors;

    public readonly RootMarkup Markup => markup;

    /// <summary>Whether the root element has been closed.</summary>
    public bool Done { get; private set; }

    /// <summary>Adds the start of an element; <paramref name="allowed"/> is false where the parser would not nest it as written.</summary>
    public ref MarkupNode Open(string name, ElementTraits traits, out bool allowed)
    {
        allowed = (depth > 0 || markup.Count == 0) && NestsAsWritten(name, traits);
        var parent = depth > 0 ? markup.OpenElements[depth - 1] : -1;
        var index = markup.Count;
        ref var node = ref markup.Add(MarkupNodeKind.Start);
        node.Name = name;
        node.Traits = traits;
        node.Parent = parent;
        if (depth == markup.OpenElements.Length) Array.Resize(ref markup.OpenElements, depth * 2);
        markup.OpenElements[depth++] = index;
        if (name == "p") openParagraphs++;
        else if (name == "a") openAnchors++;
        return ref node;
    }

    /// <summary>Adds the end of the current element; false when <paramref name="name"/> is not the current element.</summary>
    public bool Close(string name)
    {
        if (depth == 0) return false;
        var start = markup.OpenElements[depth - 1];
        if (!ReferenceEquals(markup.Nodes[start].Name, name)) return false;
        var end = markup.Count;
        ref var node = ref markup.Add(MarkupNodeKind.End);
        node.Name = name;
        node.Traits = markup.Nodes[start].Traits;
        node.Match = start;
        markup.Nodes[start].Match = end;
        depth--;
        if (name == "p") openParagraphs--;
        else if (name == "a") openAnchors--;
        Done = depth == 0;
        return true;
    }

    /// <summary>Adds text to the current element; false where the parser would move it (out of a table).</summary>
    public bool AddText(scoped ReadOnlySpan<char> text)
    {
        if (depth == 0) return false;
        var current = markup.OpenElements[depth - 1];
        if ((markup.Nodes[current].Traits & ElementTraits.TableFrame) != 0 && text.ContainsAnyExcept(" \t\n\f")) return false;
        var start = markup.Append(text);
        if (markup.Count > 0 && markup.Nodes[markup.Count - 1].Kind == MarkupNodeKind.Text)
        {
            markup.Nodes[markup.Count - 1].TextLength += text.Length;
            return true;
        }
        ref var node = ref markup.Add(MarkupNodeKind.Text);
        node.TextStart = start;
        node.TextLength = text.Length;
        return true;
    }

    private readonly bool NestsAsWritten(string name, ElementTraits traits)
    {
        var parent = depth > 0 ? markup.Nodes[markup.OpenElements[depth - 1]] : default;
        if (!TablePartFits(name, depth > 0 ? parent.Name : null, parent.Traits)) return false;
        // A block start tag closes an open p, and a link inside a link closes the outer one.
        if ((traits & ElementTraits.ClosesParagraph) != 0 && openParagraphs > 0) return false;
        if (name == "a" && openAnchors > 0) return false;
        if ((traits & ElementTraits.Heading) != 0 && (parent.Traits & ElementTraits.Heading) != 0) return false;
        if (name == "li") return !ListItemOpen(static n => n == "li");
        if (name is "dd" or "dt") return !ListItemOpen(static n => n is "dd" or "dt");
        return true;
    }

    /// <summary>Table parts only directly inside their own parent, and nothing else directly inside table parts.</summary>
    private static bool TablePartFits(string name, string? parent, ElementTraits parentTraits) => name switch
    {
        "caption" or "colgroup" or "thead" or "tbody" or "tfoot" => parent == "table",
        "tr" => parent is "table" or "thead" or "tbody" or "tfoot",
        "td" or "th" => parent == "tr",
        "col" => parent == "colgroup",
        _ => (parentTraits & ElementTraits.TableFrame) == 0,
    };

    /// <summary>Whether a new item would close an open one: the parser looks down the open elements up to a "special" one.</summary>
    private readonly bool ListItemOpen(Func<string, bool> isItem)
    {
        for (var i = depth - 1; i >= 0; i--)
        {
            ref var open = ref markup.Nodes[markup.OpenElements[i]];
            if (isItem(open.Name)) return true;
            if ((open.Traits & ElementTraits.Special) != 0 && open.Name is not ("address" or "div" or "p")) return false;
        }
        return false;
    }
}
