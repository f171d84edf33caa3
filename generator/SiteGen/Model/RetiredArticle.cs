namespace SiteGen.Model;

/// <summary>
/// An article taken down because its <c>expires</c> has passed. Its address leads to <see cref="RedirectTo"/> when
/// the editor named a page for it, else to the 404 page, as any address the site does not have.
/// </summary>
/// <param name="Path">The article's own site path ("articles/x/").</param>
/// <param name="RedirectTo">The site path its address now leads to, or null.</param>
/// <param name="SourcePath">The article's file, for errors about the redirect.</param>
public sealed record RetiredArticle(string Path, string? RedirectTo, string SourcePath, int Line, int Column);
