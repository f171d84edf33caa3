using System.Buffers;

namespace SiteGen.Render.SearchSections;

/// <summary>
/// Finds the searchable root of a page (<c>article.article</c>, else <c>div.page-body</c>) by scanning
/// the HTML text, so only that part is parsed: the head, header, related articles and footer are
/// half of a page and never searched. The theme's own markup is well formed; anything this scan cannot
/// vouch for (a <c>data-search-root</c>, a <c>noindex</c> anywhere) is left to a whole-document parse.
/// </summary>
internal static class SearchRootScanner
{
    // Vectorized searches: a plain case-insensitive IndexOf costs as much as parsing the root.
    private static readonly SearchValues<string> NeedsFullParse = Ignoring("noindex", "data-search-root");
    private static readonly Dictionary<string, SearchValues<string>> Tags = new()
    {
        ["<article"] = Ignoring("<article"), ["</article"] = Ignoring("</article"),
        ["<div"] = Ignoring("<div"), ["</div"] = Ignoring("</div"),
    };

    private static SearchValues<string> Ignoring(params string[] values) => SearchValues.Create(values, StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(ReadOnlySpan<char> html, string tag, int from)
    {
        var at = html[from..].IndexOfAny(Tags[tag]);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The root element's outer HTML as a range of the page, or null when the page needs a full parse.</summary>
    public static Range? Find(ReadOnlySpan<char> html)
    {
        if (html.ContainsAny(NeedsFullParse)) return null;
        return Element(html, "article", "article") ?? Element(html, "div", "page-body");
    }

    /// <summary>The first <paramref name="tag"/> element whose class list holds <paramref name="className"/>, start tag to matching end tag.</summary>
    private static Range? Element(ReadOnlySpan<char> html, string tag, string className)
    {
        for (var at = OpenTag(html, tag, 0); at >= 0; at = OpenTag(html, tag, at + 1))
        {
            var tagEnd = IndexOf(html, '>', at);
            if (tagEnd < 0) return null;
            if (!HasClass(html.Slice(at, tagEnd - at), className)) continue;
            return MatchingEnd(html, tag, tagEnd + 1) is { } end ? at..end : null;
        }
        return null;
    }

    /// <summary>The position just after the end tag closing an element opened before <paramref name="from"/>, counting nested ones.</summary>
    private static int? MatchingEnd(ReadOnlySpan<char> html, string tag, int from)
    {
        var closing = "</" + tag;
        var depth = 1;
        var at = from;
        while (true)
        {
            var close = IndexOf(html, closing, at);
            if (close < 0) return null;
            var open = OpenTag(html, tag, at);
            if (open >= 0 && open < close)
            {
                depth++;
                at = open + 1;
                continue;
            }
            var closeEnd = IndexOf(html, '>', close);
            if (closeEnd < 0) return null;
            if (--depth == 0) return closeEnd + 1;
            at = closeEnd + 1;
        }
    }

    /// <summary>The next "&lt;tag" followed by whitespace, '/' or '>' (so "&lt;divider" is no "&lt;div").</summary>
    private static int OpenTag(ReadOnlySpan<char> html, string tag, int from)
    {
        var open = "<" + tag;
        for (var at = IndexOf(html, open, from); at >= 0; at = IndexOf(html, open, at + 1))
        {
            var next = at + open.Length;
            if (next < html.Length && html[next] is ' ' or '\t' or '\n' or '\r' or '\f' or '>' or '/') return at;
        }
        return -1;
    }

    private static int IndexOf(ReadOnlySpan<char> html, char c, int from)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether a start tag's quoted class attribute lists the class as a whole word.</summary>
    private static bool HasClass(ReadOnlySpan<char> startTag, string className)
    {
        var name = startTag.IndexOf("class=", StringComparison.OrdinalIgnoreCase);
        if (name < 1 || !char.IsWhiteSpace(startTag[name - 1])) return false;
        var value = startTag[(name + "class=".Length)..];
        if (value.Length == 0 || value[0] is not ('"' or '\'')) return false;
        var quote = value[0];
        value = value[1..];
        var end = value.IndexOf(quote);
        if (end < 0) return false;
        return ClassNames.Contains(value[..end], className);
    }
}
