namespace SiteGen.Render.HostFiles;

/// <summary>An old address that now leads to another page of the site: an article's or page's alias, or an expired article's address.</summary>
/// <param name="FromPath">Site-relative: "old/page/" for a folder URL, "old.html" for a file URL, "?p=123" with a query.</param>
/// <param name="TargetPath">Site-relative path of the page it leads to.</param>
/// <param name="Title">The title of the page it leads to, for the link on the redirect page.</param>
public sealed record Redirect(string FromPath, string TargetPath, string Title)
{
    /// <summary>An old address with a query, which no file can answer: see <see cref="QueryRedirects"/>.</summary>
    public bool HasQuery => Model.Alias.Split(FromPath).Query is not null;

    /// <summary>The file that answers at the old address: folder URLs get an index.html, like every page.</summary>
    public string OutputPath => FromPath.EndsWith('/') ? FromPath + "index.html" : FromPath;
}
