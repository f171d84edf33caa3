namespace SiteGen.Render.SearchSections;

/// <summary>What part of a page a search result points at.</summary>
public enum SectionKind
{
    /// <summary>The page itself: its title and the text before its first heading.</summary>
    Page,

    /// <summary>A heading with an id and the text up to the next heading.</summary>
    Heading,

    /// <summary>A FAQ question and its answer.</summary>
    Faq,
}
