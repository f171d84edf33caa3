namespace SiteGen.Model;

/// <summary>An old address of a document, and where its front matter names it (for errors found later, such as a collision).</summary>
/// <param name="Path">
/// Site-relative: "old/page/" for a folder URL, "old.html" for a file URL; with a query, "?p=123" or
/// "index.php?page_id=7" (see <see cref="Parse.AliasPath"/>).
/// </param>
public sealed record Alias(string Path, int Line, int Column)
{
    /// <summary>An address with a query, such as WordPress's "/?p=123": a static host serves the page of its path for it, never a file of its own.</summary>
    public bool HasQuery => Split(Path).Query is not null;

    /// <summary>An address's path and its query, without the '?': "?p=123" is ("", "p=123"), "old/" is ("old/", null).</summary>
    public static (string Path, string? Query) Split(string address)
    {
        int mark = address.IndexOf('?');
        return mark < 0 ? (address, null) : (address[..mark], address[(mark + 1)..]);
    }
}
