namespace SiteGen.Render.SearchSections;

/// <summary>How the HTML parsing rules and the indexer treat an element, for the elements <see cref="RootMarkupParser"/> knows.</summary>
[Flags]
internal enum ElementTraits
{
    None = 0,

    /// <summary>No content and no end tag (br, img).</summary>
    Void = 1,

    /// <summary>Its start tag closes an open p: met inside a p, the parser's tree differs from the markup.</summary>
    ClosesParagraph = 2,

    /// <summary>The parsing rules' "special" category: the search for an open li stops at it.</summary>
    Special = 4,

    /// <summary>Content is raw text up to the end tag (script, style).</summary>
    RawText = 8,

    /// <summary>A newline right after the start tag is dropped (pre).</summary>
    DropsLeadingNewline = 16,

    /// <summary>Separates words when the markup has no whitespace between them.</summary>
    Block = 32,

    /// <summary>Never content for the index.</summary>
    NotContent = 64,

    /// <summary>h1 to h6.</summary>
    Heading = 128,

    /// <summary>Holds table parts only: text in it other than whitespace is moved out by the parser.</summary>
    TableFrame = 256,
}
