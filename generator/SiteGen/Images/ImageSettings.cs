namespace SiteGen.Images;

/// <summary>
/// site.yml's <c>images:</c>. Each raster image is written at each of <see cref="Widths"/> no wider than itself, in each
/// of <see cref="Formats"/>: the last is the fallback every browser shows, the ones before it are offered in a
/// <c>&lt;picture&gt;</c> where they are smaller. An image with transparency keeps PNG as its fallback.
/// </summary>
/// <param name="Sizes">The <c>sizes</c> attribute: how wide the image is shown, for the browser to pick a width.</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, int Quality, IReadOnlyList<ImageFormat> Formats, string Sizes)
{
    public static readonly ImageSettings Default = new([480, 800, 1200, 1600], 80, [ImageFormat.Webp, ImageFormat.Jpeg],
        "(min-width: 46rem) 42rem, 100vw");

    /// <summary>Open Graph's recommended size for a shared link's picture.</summary>
    public const int CoverWidth = 1200, CoverHeight = 630;

    public ImageFormat Fallback => Formats[^1];

    /// <summary>What changes the encoded bytes: part of each cached image's key.</summary>
    public string Key => $"v1;{string.Join(',', Widths)};{Quality};{string.Join(',', Formats)}";
}
