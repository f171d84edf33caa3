namespace SiteGen.Images;

/// <summary>One file the image stage publishes: a width of an image in a format.</summary>
/// <param name="OutputPath">Site-relative, with the content hash in its name (images/hands-800w.3f2a1b9c0d.webp).</param>
/// <param name="CacheFile">Where its bytes are, to be copied into the site.</param>
public sealed record ImageVariant(ImageFormat Format, int Width, int Height, string OutputPath, string CacheFile, long Bytes);

/// <summary>
/// A raster image of the site as the stage published it: its upright size, and its variants. The file at its own path
/// (images/hands.jpg) is re-encoded too, at full size, so old links to it work and no original is ever published.
/// </summary>
public sealed record ProcessedImage(string SitePath, int Width, int Height, ImageFormat Fallback, IReadOnlyList<ImageVariant> Variants,
    ImageVariant Original, string Hash)
{
    /// <summary>The source file, read again for sizes asked for later (a template's <c>image.resize</c>, a link preview).</summary>
    internal string SourceFile { get; init; } = "";

    public IEnumerable<ImageVariant> In(ImageFormat format) => Variants.Where(v => v.Format == format).OrderBy(v => v.Width);

    /// <summary>The formats offered before the fallback: only those whose files are smaller than the fallback's.</summary>
    public IReadOnlyList<ImageFormat> Offered =>
        Variants.Select(v => v.Format).Distinct().Where(f => f != Fallback && In(f).Sum(v => v.Bytes) < In(Fallback).Sum(v => v.Bytes)).ToList();

    /// <summary>The fallback variant an img's src names: the widest up to 1200 pixels, for browsers without srcset.</summary>
    public ImageVariant Default => In(Fallback).Where(v => v.Width <= 1200).LastOrDefault() ?? In(Fallback).First();
}
