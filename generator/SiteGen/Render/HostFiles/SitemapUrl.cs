namespace SiteGen.Render.HostFiles;

/// <summary>One page in the sitemap: its site-relative path and when its content last changed, if known.</summary>
public sealed record SitemapUrl(string Path, DateTimeOffset? LastModified);

/// <summary>A version of a page in one language, for the sitemap's <c>xhtml:link rel="alternate"</c>.</summary>
/// <param name="Hreflang">A language code, or x-default.</param>
public sealed record SitemapAlternate(string Hreflang, string AbsoluteUrl);
