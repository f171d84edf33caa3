using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Render.SearchSections;

/// <summary>One searchable part of a page; <see cref="Url"/> carries the anchor of the heading or FAQ question.</summary>
/// <remarks>
/// Every page's sections wait from rendering until the search stage, so the text is held as UTF-8:
/// half the memory of a string for the mostly ASCII text of a site.
/// </remarks>
public sealed class SearchSection
{
    private readonly byte[]? utf8;

    // Text with a lone surrogate has no exact UTF-8 form; it stays a string.
    private readonly string? unencodable;

    /// <param name="heading">The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</param>
    public SearchSection(string url, SectionKind kind, string? heading, string text)
    {
        Url = url;
        Kind = kind;
        Heading = heading;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done) utf8 = bytes;
        else unencodable = text;
    }

    public string Url { get; }

    public SectionKind Kind { get; }

    /// <summary>The heading text, the FAQ question, or null for <see cref="SectionKind.Page"/>.</summary>
    public string? Heading { get; }

    /// <summary>The section's text, whitespace collapsed (a new string on each call).</summary>
    public string Text => unencodable ?? Encoding.UTF8.GetString(utf8!);

    /// <summary>The text's characters without making a string: decoded into <paramref name="buffer"/>, grown as needed.</summary>
    internal ReadOnlySpan<char> TextChars(ref char[] buffer)
    {
        if (unencodable is not null) return unencodable;
        if (buffer.Length < utf8!.Length) buffer = new char[Math.Max(utf8.Length, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, buffer));
    }
}
