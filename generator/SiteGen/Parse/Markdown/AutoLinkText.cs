namespace SiteGen.Parse.Markdown;

/// <summary>
/// Whether Markdown may hold a bare URL for the autolink extension (http://, https://, ftp://, mailto:,
/// tel:, www.). That extension stops the inline parser at every h, f, m, t and w of the text to test for
/// one, which was 40 % of Markdig's parse time; most documents have none, and are parsed without it.
/// </summary>
public static class AutoLinkText
{
    /// <summary>False only when no such prefix can be in the text; a false "maybe" only costs time.</summary>
    public static bool MayContain(string markdown)
    {
        var text = markdown.AsSpan();
        // Every prefix has a ':' or a '.', so only those are looked at: a vectorized search, then a few letters.
        for (int at = text.IndexOfAny(':', '.'); at >= 0; at = Next(text, at))
        {
            var before = text[..at];
            if (text[at] == ':'
                ? text[(at + 1)..].StartsWith("//") || EndsWithLetters(before, "ailto") || EndsWithLetters(before, "el")
                : EndsWithLetters(before, "ww"))
                return true;
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOfAny(':', '.');
        return next < 0 ? -1 : at + 1 + next;
    }

    // Lower-case ASCII letters in any case; any other non-ASCII character counts as a match, since the
    // extension compares lower-cased characters and some non-ASCII letters lower-case to ASCII ones.
    private static bool EndsWithLetters(ReadOnlySpan<char> text, string letters)
    {
        if (text.Length < letters.Length) return false;
        var tail = text[^letters.Length..];
        for (int i = 0; i < letters.Length; i++)
            if (char.IsAscii(tail[i]) && (tail[i] | 0x20) != letters[i]) return false;
        return true;
    }
}
