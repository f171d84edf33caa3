namespace SiteGen.Render.SearchSections;

/// <summary>
/// A parsed root element as a flat list in document order: each element is a start node and an end
/// node, each text run a text node, so the indexer's tree walks are loops over an array. Text and the
/// attributes the indexer reads are kept, decoded, in one character buffer. One instance is reused
/// per thread; nothing in it outlives the page being read.
/// </summary>
internal sealed class RootMarkup
{
    public MarkupNode[] Nodes = new MarkupNode[512];
    public int Count;
    public char[] Chars = new char[16 * 1024];
    public int CharCount;

    /// <summary>The start nodes of the elements open while parsing, innermost last.</summary>
    public int[] OpenElements = new int[64];

    public void Clear()
    {
        Count = 0;
        CharCount = 0;
    }

    public ReadOnlySpan<char> Text(int start, int length) => Chars.AsSpan(start, length);

    public ReadOnlySpan<char> Text(in MarkupNode node) => Chars.AsSpan(node.TextStart, node.TextLength);

    public ReadOnlySpan<char> Class(in MarkupNode element) => Text(element.ClassStart, element.ClassLength);

    public ReadOnlySpan<char> Id(in MarkupNode element) => Text(element.IdStart, element.IdLength);

    public ReadOnlySpan<char> Href(in MarkupNode element) => Text(element.HrefStart, element.HrefLength);

    public bool HasClass(in MarkupNode element, string className) => ClassNames.Contains(Class(element), className);

    public ref MarkupNode Add(MarkupNodeKind kind)
    {
        if (Count == Nodes.Length) Array.Resize(ref Nodes, Nodes.Length * 2);
        ref var node = ref Nodes[Count++];
        node = default;
        node.Kind = kind;
        return ref node;
    }

    /// <summary>Appends decoded characters; returns where they start.</summary>
    public int Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(Chars.AsSpan(CharCount));
        var start = CharCount;
        CharCount += text.Length;
        return start;
    }

    public void Reserve(int more)
    {
        if (CharCount + more > Chars.Length) Array.Resize(ref Chars, Math.Max(Chars.Length * 2, CharCount + more));
    }
}

internal enum MarkupNodeKind : byte
{
    Start,
    End,
    Text,
}

/// <summary>One node of <see cref="RootMarkup"/>; which fields are set depends on <see cref="Kind"/>.</summary>
internal struct MarkupNode
{
    public MarkupNodeKind Kind;

    /// <summary>Start and end: the element's name (interned by <see cref="KnownElements"/>, compare with ==).</summary>
    public string Name;
    public ElementTraits Traits;

    /// <summary>Start: the index of the end node; end: the index of the start node.</summary>
    public int Match;

    /// <summary>Start: the index of the parent's start node, -1 for the root.</summary>
    public int Parent;

    /// <summary>Text: the characters in <see cref="RootMarkup.Chars"/>.</summary>
    public int TextStart, TextLength;

    /// <summary>Start: attribute values in <see cref="RootMarkup.Chars"/>; absent reads as empty, as the indexer treats both.</summary>
    public int ClassStart, ClassLength, IdStart, IdLength, HrefStart, HrefLength;
    public bool AriaHidden, SearchIgnore;
}
