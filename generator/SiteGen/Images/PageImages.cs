namespace SiteGen.Images;

/// <summary>What the render stage needs of the image stage: the rewriting of each page's images, and their fingerprint.</summary>
public sealed class PageImages(SiteImages images, string basePath, string sizes)
{
    public SiteImages Images { get; } = images;

    public string BasePath { get; } = basePath;

    /// <summary>Changes when any image or the settings change: part of every page's fingerprint, since a page shows images by their hashed names.</summary>
    public ulong Fingerprint { get; } = images.Fingerprint();

    /// <summary>The page with its images rewritten (see <see cref="ImageMarkup"/>), or null when it shows none of them.</summary>
    public string? Rewrite(ReadOnlySpan<char> html) => ImageMarkup.Rewrite(html, BasePath, Images.Find, sizes);
}
