using SiteGen.Model;

namespace SiteGen.Render.SearchSections;

/// <summary>One searchable part of a page; <see cref="Url"/> carries the anchor of the heading or FAQ question.</summary>
/// <remarks>Every page's sections wait from rendering until the search stage: the text is kept compact.</remarks>
public sealed class SearchSection
{
    private readonly CompactText _text;

    // The page's URL, shared by its sections, and the section's own anchor: a URL of its own each would be
    // a tenth of what the sections hold.
    private readonly string _pageUrl;
    private readonly string? _anchor;

    /// <param name="heading">The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</param>
    public SearchSection(string url, SectionKind kind, string? heading, string text)
        : this(url, null, kind, heading, text)
    {
    }

    /// <param name="anchor">The id of the section's heading or question on the page, or null for the page's own section.</param>
    /// <param name="heading">The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</param>
    public SearchSection(string pageUrl, string? anchor, SectionKind kind, string? heading, string text)
    {
        _pageUrl = pageUrl;
        _anchor = anchor;
        Kind = kind;
        Heading = heading;
        _text = new CompactText(text);
    }

    private SearchSection(SearchSection section, CompactText text)
    {
        _pageUrl = section._pageUrl;
        _anchor = section._anchor;
        Kind = section.Kind;
        Heading = section.Heading;
        _text = text;
    }

    /// <summary>The same section with its text kept in <paramref name="spill"/>.</summary>
    internal SearchSection KeptIn(TextSpill spill)
    {
        var kept = spill.Keep(_text);
        return ReferenceEquals(kept, _text) ? this : new SearchSection(this, kept);
    }

    /// <summary>The page's URL, with the section's anchor (a new string on each call for a section with one).</summary>
    public string Url => _anchor is null ? _pageUrl : string.Concat(_pageUrl, "#", _anchor);

    public SectionKind Kind { get; }

    /// <summary>The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</summary>
    public string? Heading { get; }

    /// <summary>The section's text, whitespace collapsed (a new string on each call).</summary>
    public string Text => _text.ToString();

    /// <summary>The text's characters without making a string: decoded into <paramref name="buffer"/>, grown as needed.</summary>
    internal ReadOnlySpan<char> TextChars(ref char[] buffer) => _text.Chars(ref buffer);
}
