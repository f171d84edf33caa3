namespace SiteGen.Render.SearchSections;

/// <summary>
/// The elements the fast reader accepts, with their traits. The list is what Markdown and the theme
/// produce; any other element (forms, media, SVG, ruby, legacy tags, each with parsing rules of its
/// own) sends the page to the full HTML parser.
/// </summary>
internal static class KnownElements
{
    private const ElementTraits Flow = ElementTraits.ClosesParagraph | ElementTraits.Special;
    private const ElementTraits Box = Flow | ElementTraits.Block;

    private static readonly Dictionary<string, ElementTraits> Traits = new(StringComparer.Ordinal)
    {
        ["address"] = Flow, ["article"] = Flow, ["aside"] = Flow, ["details"] = Flow, ["dl"] = Flow,
        ["footer"] = Flow, ["header"] = Flow, ["main"] = Flow, ["summary"] = Flow,
        ["nav"] = Flow | ElementTraits.NotContent,
        ["blockquote"] = Box, ["div"] = Box, ["figcaption"] = Box, ["figure"] = Box, ["ol"] = Box, ["p"] = Box,
        ["section"] = Box, ["ul"] = Box, ["li"] = Box, ["dd"] = Box, ["dt"] = Box,
        ["pre"] = Box | ElementTraits.DropsLeadingNewline,
        ["h1"] = Box | ElementTraits.Heading, ["h2"] = Box | ElementTraits.Heading, ["h3"] = Box | ElementTraits.Heading,
        ["h4"] = Box | ElementTraits.Heading, ["h5"] = Box | ElementTraits.Heading, ["h6"] = Box | ElementTraits.Heading,
        ["hr"] = Flow | ElementTraits.Void,
        ["table"] = Box | ElementTraits.TableFrame,
        ["caption"] = ElementTraits.Special,
        ["colgroup"] = ElementTraits.Special | ElementTraits.TableFrame,
        ["col"] = ElementTraits.Special | ElementTraits.Void,
        ["thead"] = ElementTraits.Special | ElementTraits.TableFrame, ["tbody"] = ElementTraits.Special | ElementTraits.TableFrame,
        ["tfoot"] = ElementTraits.Special | ElementTraits.TableFrame,
        ["tr"] = ElementTraits.Special | ElementTraits.TableFrame | ElementTraits.Block,
        ["td"] = ElementTraits.Special | ElementTraits.Block, ["th"] = ElementTraits.Special | ElementTraits.Block,
        ["br"] = ElementTraits.Special | ElementTraits.Void | ElementTraits.Block,
        ["img"] = ElementTraits.Special | ElementTraits.Void, ["wbr"] = ElementTraits.Special | ElementTraits.Void,
        ["input"] = ElementTraits.Special | ElementTraits.Void,
        // The image stage's <picture><source ...><img ...></picture>.
        ["picture"] = 0, ["source"] = ElementTraits.Special | ElementTraits.Void,
        ["script"] = ElementTraits.Special | ElementTraits.RawText | ElementTraits.NotContent,
        ["style"] = ElementTraits.Special | ElementTraits.RawText | ElementTraits.NotContent,
        ["a"] = 0, ["abbr"] = 0, ["b"] = 0, ["bdi"] = 0, ["bdo"] = 0, ["cite"] = 0, ["code"] = 0, ["data"] = 0,
        ["del"] = 0, ["dfn"] = 0, ["em"] = 0, ["i"] = 0, ["ins"] = 0, ["kbd"] = 0, ["label"] = 0, ["mark"] = 0,
        ["q"] = 0, ["s"] = 0, ["samp"] = 0, ["small"] = 0, ["span"] = 0, ["strong"] = 0, ["sub"] = 0, ["sup"] = 0,
        ["time"] = 0, ["u"] = 0, ["var"] = 0,
    };

    private static readonly Dictionary<string, ElementTraits>.AlternateLookup<ReadOnlySpan<char>> BySpan = Traits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The element's interned name and traits; false for an element the reader leaves to the parser.</summary>
    /// <param name="name">The tag name in lower case.</param>
    public static bool TryGet(ReadOnlySpan<char> name, out string interned, out ElementTraits traits) =>
        BySpan.TryGetValue(name, out interned!, out traits);
}
