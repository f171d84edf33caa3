namespace SiteGen.Render.HostFiles;

/// <summary>One page in the sitemap: its site-relative path and when its content last changed, if known.</summary>
public sealed record SitemapUrl(string Path, DateTimeOffset? LastModified);
