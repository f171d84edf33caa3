using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// What is wrong with a raster file before anything decodes it, from its header and its last bytes: empty, not an
/// image, another format than its name says, cut short, no pixels, or more pixels than any photo has (a
/// decompression bomb: a few kilobytes that decode to gigabytes).
/// </summary>
public static class ImageCheck
{
    /// <summary>Pixels of the largest image decoded: a 50-megapixel photo is past any phone's.</summary>
    public const long MaxPixels = 50_000_000;

    public static string? Problem(byte[] bytes, ImageFormat named)
    {
        if (bytes.Length == 0) return "is empty (0 bytes)";
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return $"is not a readable image (its name says {Name(named)})";
        var actual = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
            SKEncodedImageFormat.Png => ImageFormat.Png,
            SKEncodedImageFormat.Webp => ImageFormat.Webp,
            _ => (ImageFormat?)null,
        };
        if (actual is null) return $"is a {codec.EncodedFormat.ToString().ToUpperInvariant()} image, not the {Name(named)} its name says";
        if (actual != named) return $"is a {Name(actual.Value)} image, not the {Name(named)} its name says: rename it to {ImageFormats.Extension(actual.Value)}";
        long pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels == 0) return "has no pixels (0 wide or 0 high)";
        if (pixels > MaxPixels)
            return $"is {codec.Info.Width} × {codec.Info.Height} pixels, more than {MaxPixels / 1_000_000} megapixels: scale it down before adding it";
        return Complete(bytes, named) ? null : "is cut short (truncated): save or export it again";
    }

    // The end every whole file has: JPEG's end-of-image marker, PNG's IEND chunk, WebP's RIFF length.
    private static bool Complete(byte[] b, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => b.AsSpan().TrimEnd((byte)0).EndsWith([(byte)0xFF, (byte)0xD9]),
        ImageFormat.Png => b.Length >= 12 && b.AsSpan(b.Length - 8, 4).SequenceEqual("IEND"u8),
        _ => b.Length >= 12 && BitConverter.ToUInt32(b, 4) + 8 <= b.Length,
    };

    private static string Name(ImageFormat format) => format.ToString().ToUpperInvariant();
}
