using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// Decoding and encoding with SkiaSharp. A decoded image is only pixels: the EXIF block (GPS position, camera, time),
/// XMP, IPTC and PNG text chunks are never read into it, so nothing encoded from it can carry them. The EXIF
/// orientation is applied to the pixels first, and the colours converted to sRGB, so no ICC profile is needed.
/// </summary>
public sealed class RasterImage : IDisposable
{
    private readonly SKBitmap _pixels;
    // Each width is made once for every format, from the nearest larger width already made: steps of less than
    // twice keep the resampling sharp and cost a fraction of going from the full size each time.
    private readonly SortedDictionary<int, SKBitmap> _sized = [];

    private RasterImage(SKBitmap pixels, bool transparent)
    {
        _pixels = pixels;
        Transparent = transparent;
    }

    public int Width => _pixels.Width;

    public int Height => _pixels.Height;

    /// <summary>Some pixel is not fully opaque: such an image keeps PNG (or WebP) to keep it.</summary>
    public bool Transparent { get; }

    /// <summary>The image in <paramref name="bytes"/>, upright, or null when it is not a whole image SkiaSharp can read (see <see cref="ImageCheck"/>).</summary>
    public static RasterImage? Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        if ((long)codec.Info.Width * codec.Info.Height is 0 or > ImageCheck.MaxPixels) return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        // Half an image is not published: a cut-short file is refused, not shown grey at the bottom.
        if (result is not SKCodecResult.Success)
        {
            decoded.Dispose();
            return null;
        }
        bool transparent = codec.Info.AlphaType != SKAlphaType.Opaque && HasTransparency(decoded);
        return new RasterImage(Upright(decoded, codec.EncodedOrigin), transparent);
    }

    /// <summary>A copy <paramref name="width"/> pixels wide, the height in proportion.</summary>
    public byte[] Encode(ImageFormat format, int width, int quality) => EncodeBitmap(SizedTo(width), format, quality);

    private SKBitmap SizedTo(int width)
    {
        if (width >= Width) return _pixels;
        if (_sized.TryGetValue(width, out var made)) return made;
        var source = _sized.Where(s => s.Key > width).Select(s => s.Value).FirstOrDefault() ?? _pixels;
        int height = Math.Max(1, (int)Math.Round((double)Height * width / Width));
        return _sized[width] = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> copy cut from the middle (for link previews).</summary>
    public byte[] EncodeCover(ImageFormat format, int width, int height, int quality)
    {
        double scale = Math.Max((double)width / Width, (double)height / Height);
        var source = SKRect.Create((float)((Width - width / scale) / 2), (float)((Height - height / scale) / 2), (float)(width / scale), (float)(height / scale));
        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(target))
        using (var image = SKImage.FromBitmap(_pixels))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawImage(image, source, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        return EncodeBitmap(target, format, quality);
    }

    private static byte[] EncodeBitmap(SKBitmap bitmap, ImageFormat format, int quality)
    {
        // Without a colour space the encoders write no ICC profile: the pixels are sRGB already, which browsers assume.
        using var plain = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, bitmap.ColorType, bitmap.AlphaType, null));
        bitmap.GetPixelSpan().CopyTo(plain.GetPixelSpan());
        using var image = SKImage.FromBitmap(plain);
        using var data = image.Encode(format switch
        {
            ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
            ImageFormat.Png => SKEncodedImageFormat.Png,
            _ => SKEncodedImageFormat.Webp,
        }, quality);
        return data.ToArray();
    }

    // The EXIF orientation says how the camera was held; drawn with it, the pixels need no tag to look right.
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default) return bitmap;
        bool swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        int w = swap ? bitmap.Height : bitmap.Width, h = swap ? bitmap.Width : bitmap.Height;
        var upright = new SKBitmap(new SKImageInfo(w, h, bitmap.ColorType, bitmap.AlphaType, bitmap.ColorSpace));
        using (var canvas = new SKCanvas(upright))
        {
            switch (origin)
            {
                case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, w / 2f, 0); break;
                case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, w / 2f, h / 2f); break;
                case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, h / 2f); break;
                case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
                case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
                case SKEncodedOrigin.RightBottom: canvas.Translate(w, h); canvas.Scale(1, -1); canvas.RotateDegrees(90); break;
                case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(-90); break;
            }
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }
        bitmap.Dispose();
        return upright;
    }

    private static bool HasTransparency(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (int i = 3; i < pixels.Length; i += 4)
            if (pixels[i] != 255) return true;
        return false;
    }

    public void Dispose()
    {
        foreach (var sized in _sized.Values) sized.Dispose();
        _pixels.Dispose();
    }
}
