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

    private RasterImage(SKBitmap pixels, bool transparent)
    {
        _pixels = pixels;
        Transparent = transparent;
    }

    public int Width => _pixels.Width;

    public int Height => _pixels.Height;

    /// <summary>Some pixel is not fully opaque: such an image keeps PNG (or WebP) to keep it.</summary>
    public bool Transparent { get; }

    /// <summary>The image in <paramref name="bytes"/>, upright, or null when it is not an image SkiaSharp can read.</summary>
    public static RasterImage? Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            return null;
        }
        bool transparent = codec.Info.AlphaType != SKAlphaType.Opaque && HasTransparency(decoded);
        return new RasterImage(Upright(decoded, codec.EncodedOrigin), transparent);
    }

    /// <summary>A copy <paramref name="width"/> pixels wide, the height in proportion.</summary>
    public byte[] Encode(ImageFormat format, int width, int quality)
    {
        int height = Math.Max(1, (int)Math.Round((double)Height * width / Width));
        using var resized = width == Width ? null : Resize(width, height);
        return EncodeBitmap(resized ?? _pixels, format, quality);
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

    private SKBitmap Resize(int width, int height) =>
        _pixels.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()),
            new SKSamplingOptions(SKCubicResampler.Mitchell));

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
            canvas.DrawBitmap(bitmap, 0, 0);
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

    public void Dispose() => _pixels.Dispose();
}
