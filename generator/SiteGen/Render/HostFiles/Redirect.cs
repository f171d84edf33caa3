using SiteGen.Model;

namespace SiteGen.Render.HostFiles;

/// <summary>An old address that now leads to an article.</summary>
/// <param name="FromPath">Site-relative: "old/page/" for a folder URL, "old.html" for a file URL.</param>
public sealed record Redirect(string FromPath, Article Target)
{
    /// <summary>The file that answers at the old address: folder URLs get an index.html, like every page.</summary>
    public string OutputPath => FromPath.EndsWith('/') ? FromPath + "index.html" : FromPath;
}
