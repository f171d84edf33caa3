using System.Buffers;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Reads a searchable root element (cut out by <see cref="SearchRootScanner"/>) into a <see cref="RootMarkup"/>
/// without building a DOM. It reproduces the HTML parser's tree for markup as Markdown and the theme
/// write it: known elements, properly nested, entities it can decode. Wherever the parser would repair
/// or reinterpret the markup (an end tag that closes something else, a block inside a p, text inside
/// a table, an unknown element), it gives up and the page is read by the full parser, so what it
/// returns is always the parser's tree.
/// </summary>
internal static class RootMarkupParser
{
    private static readonly SearchValues<char> TextEnds = SearchValues.Create("<&");
    private static readonly SearchValues<char> Unreadable = SearchValues.Create("\r\0");

    /// <returns>False when the markup needs the full HTML parser.</returns>
    public static bool TryParse(ReadOnlySpan<char> html, RootMarkup markup)
    {
        markup.Clear();
        if (html.ContainsAny(Unreadable)) return false;
        var state = new ParseState(markup);
        Span<char> decoded = stackalloc char[2];
        var at = 0;
        while (at < html.Length)
        {
            var rest = html[at..];
            var run = rest.IndexOfAny(TextEnds);
            if (run < 0) run = rest.Length;
            if (run > 0 && !state.AddText(rest[..run])) return false;
            at += run;
            if (at == html.Length) break;
            if (html[at] == '&')
            {
                if (!CharacterReferences.TryDecode(html[at..], decoded, out var consumed, out var length) || !state.AddText(decoded[..length])) return false;
                at += consumed;
                continue;
            }
            var next = at + 1 < html.Length ? html[at + 1] : '\0';
            if (char.IsAsciiLetter(next))
            {
                if (!StartTag(html, ref at, ref state)) return false;
            }
            else if (next == '/')
            {
                if (!EndTag(html, ref at, ref state)) return false;
            }
            else if (next == '!')
            {
                if (!Comment(html, ref at)) return false;
            }
            else if (next == '?') return false;
            else
            {
                // "a < b": a '<' that starts no tag is text.
                if (!state.AddText("<")) return false;
                at++;
            }
            if (state.Done) return true;
        }
        return false;
    }

    private static bool StartTag(ReadOnlySpan<char> html, ref int at, ref ParseState state)
    {
        var nameEnd = at + 1;
        while (nameEnd < html.Length && !EndsName(html[nameEnd])) nameEnd++;
        if (!TryLookup(html[(at + 1)..nameEnd], out var name, out var traits)) return false;
        ref var element = ref state.Open(name, traits, out var allowed);
        if (!allowed) return false;
        var markup = state.Markup;

        var i = nameEnd;
        var seen = AttributeSeen.None;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i == html.Length) return false;
            if (html[i] == '>')
            {
                i++;
                break;
            }
            if (html[i] == '/')
            {
                // Self-closing syntax means nothing on HTML elements: a void one has no content anyway.
                if (i + 1 == html.Length || html[i + 1] != '>') return false;
                i += 2;
                break;
            }
            if (!Attribute(html, ref i, out var attributeName, out var value)) return false;
            if (!Keep(attributeName, value, name, ref element, ref seen, markup)) return false;
        }
        at = i;

        if ((traits & ElementTraits.Void) != 0) return state.Close(name);
        if ((traits & ElementTraits.RawText) != 0) return RawText(html, ref at, name, ref state);
        if ((traits & ElementTraits.DropsLeadingNewline) != 0)
        {
            // The parser drops a newline right after <pre>, also one written as a reference.
            if (html[at..].StartsWith("&#", StringComparison.Ordinal)) return false;
            if (at < html.Length && html[at] == '\n') at++;
        }
        return true;
    }

    [Flags]
    private enum AttributeSeen
    {
        None = 0,
        Class = 1,
        Id = 2,
        Href = 4,
        AriaHidden = 8,
    }

    /// <summary>Records the attributes the indexer reads; the first of two with one name counts, as in the parser.</summary>
    private static bool Keep(ReadOnlySpan<char> attributeName, ReadOnlySpan<char> value, string element, ref MarkupNode node, ref AttributeSeen seen, RootMarkup markup)
    {
        if (IsName(attributeName, "class")) return KeepValue(value, AttributeSeen.Class, ref seen, ref node.ClassStart, ref node.ClassLength, markup);
        if (IsName(attributeName, "id")) return KeepValue(value, AttributeSeen.Id, ref seen, ref node.IdStart, ref node.IdLength, markup);
        if (element == "a" && IsName(attributeName, "href")) return KeepValue(value, AttributeSeen.Href, ref seen, ref node.HrefStart, ref node.HrefLength, markup);
        if (IsName(attributeName, "data-search-ignore")) node.SearchIgnore = true;
        else if (IsName(attributeName, "aria-hidden") && (seen & AttributeSeen.AriaHidden) == 0)
        {
            seen |= AttributeSeen.AriaHidden;
            var mark = markup.CharCount;
            if (!Decode(value, markup)) return false;
            node.AriaHidden = markup.Text(mark, markup.CharCount - mark).SequenceEqual("true");
            markup.CharCount = mark;
        }
        return true;
    }

    private static bool KeepValue(ReadOnlySpan<char> value, AttributeSeen which, ref AttributeSeen seen, ref int start, ref int length, RootMarkup markup)
    {
        if ((seen & which) != 0) return true;
        seen |= which;
        start = markup.CharCount;
        if (!Decode(value, markup)) return false;
        length = markup.CharCount - start;
        return true;
    }

    /// <summary>Appends text with its character references decoded.</summary>
    private static bool Decode(ReadOnlySpan<char> text, RootMarkup markup)
    {
        Span<char> decoded = stackalloc char[2];
        while (text.Length > 0)
        {
            var amp = text.IndexOf('&');
            if (amp < 0) amp = text.Length;
            markup.Append(text[..amp]);
            text = text[amp..];
            if (text.Length == 0) break;
            if (!CharacterReferences.TryDecode(text, decoded, out var consumed, out var length)) return false;
            markup.Append(decoded[..length]);
            text = text[consumed..];
        }
        return true;
    }

    /// <summary>One attribute from <paramref name="i"/>: its name as written and its raw value (empty when it has none).</summary>
    private static bool Attribute(ReadOnlySpan<char> html, ref int i, out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        value = default;
        var start = i;
        if (html[i] == '=') { name = default; return false; }
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
        {
            if (html[i] is '"' or '\'' or '<') { name = default; return false; }
            i++;
        }
        name = html[start..i];
        var afterName = i;
        while (i < html.Length && IsSpace(html[i])) i++;
        if (i == html.Length) return false;
        if (html[i] != '=')
        {
            i = afterName;
            return true;
        }
        i++;
        while (i < html.Length && IsSpace(html[i])) i++;
        if (i == html.Length || html[i] == '>') return false;
        var quote = html[i];
        if (quote is '"' or '\'')
        {
            var end = html[(i + 1)..].IndexOf(quote);
            if (end < 0) return false;
            value = html.Slice(i + 1, end);
            i += end + 2;
            return i < html.Length && (IsSpace(html[i]) || html[i] is '/' or '>');
        }
        start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            if (html[i] is '"' or '\'' or '<' or '=' or '`') return false;
            i++;
        }
        value = html[start..i];
        return true;
    }

    private static bool EndTag(ReadOnlySpan<char> html, ref int at, ref ParseState state)
    {
        var nameStart = at + 2;
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) return false;
        var nameEnd = nameStart;
        while (nameEnd < html.Length && !EndsName(html[nameEnd])) nameEnd++;
        var i = nameEnd;
        while (i < html.Length && IsSpace(html[i])) i++;
        if (i == html.Length || html[i] != '>') return false;
        if (!TryLookup(html[nameStart..nameEnd], out var name, out _)) return false;
        at = i + 1;
        return state.Close(name);
    }

    /// <summary>The content of script or style, up to its end tag, as one text node.</summary>
    private static bool RawText(ReadOnlySpan<char> html, ref int at, string name, ref ParseState state)
    {
        var from = at;
        while (true)
        {
            var close = html[from..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0) return false;
            close += from;
            var nameEnd = close + 2 + name.Length;
            if (nameEnd < html.Length && html.Slice(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && EndsName(html[nameEnd]))
            {
                var content = html[at..close];
                // Inside a script, "<!--" starts escaping rules that can hide the end tag.
                if (name == "script" && content.Contains("<!--", StringComparison.Ordinal)) return false;
                if (content.Length > 0 && !state.AddText(content)) return false;
                at = close;
                return EndTag(html, ref at, ref state);
            }
            from = close + 2;
        }
    }

    /// <summary>Skips a comment; other "&lt;!" markup (doctype, CDATA) and comments the parser ends early are left to the parser.</summary>
    private static bool Comment(ReadOnlySpan<char> html, ref int at)
    {
        var rest = html[at..];
        if (!rest.StartsWith("<!--", StringComparison.Ordinal)) return false;
        var body = rest[4..];
        if (body.StartsWith('>') || body.StartsWith("->", StringComparison.Ordinal)) return false;
        var end = body.IndexOf("-->", StringComparison.Ordinal);
        if (end < 0 || body[..end].Contains("--!>", StringComparison.Ordinal)) return false;
        at += 4 + end + 3;
        return true;
    }

    private static bool TryLookup(ReadOnlySpan<char> written, out string name, out ElementTraits traits)
    {
        name = "";
        traits = ElementTraits.None;
        Span<char> lower = stackalloc char[12];
        if (written.Length > lower.Length) return false;
        for (var i = 0; i < written.Length; i++) lower[i] = char.IsAsciiLetterUpper(written[i]) ? (char)(written[i] | 0x20) : written[i];
        return KnownElements.TryGet(lower[..written.Length], out name, out traits);
    }

    /// <summary>Attribute names are compared with ASCII letters in lower case, as the parser folds them.</summary>
    private static bool IsName(ReadOnlySpan<char> written, string lowerName)
    {
        if (written.Length != lowerName.Length) return false;
        for (var i = 0; i < written.Length; i++)
        {
            var c = char.IsAsciiLetterUpper(written[i]) ? (char)(written[i] | 0x20) : written[i];
            if (c != lowerName[i]) return false;
        }
        return true;
    }

    private static bool EndsName(char c) => IsSpace(c) || c is '/' or '>';

    /// <summary>HTML's whitespace (carriage returns were refused up front).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}
