using SkiaSharp;

namespace SiteGen.Benchmarks.Images;

/// <summary>
/// Landscapes drawn from a seed: a sky, a sun, layers of hills and a grain like a photograph's, so that JPEG sizes are
/// those of photos and not of flat colour. The sample site's pictures and the image benchmark's come from here.
/// </summary>
public static class Scenes
{
    public static SKBitmap Draw(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        var top = Hsv(random.Next(180, 230), 0.45f, 0.95f);
        var horizon = Hsv(random.Next(20, 50), 0.35f, 1f);
        using (var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height * 0.7f), [top, horizon], SKShaderTileMode.Clamp) })
            canvas.DrawRect(0, 0, width, height, sky);
        using (var sun = new SKPaint { Color = Hsv(45, 0.3f, 1f), IsAntialias = true })
            canvas.DrawCircle(width * (0.2f + 0.6f * (float)random.NextDouble()), height * 0.3f, height * 0.07f, sun);
        for (int layer = 0; layer < 4; layer++)
        {
            float baseLine = height * (0.5f + layer * 0.12f);
            using var path = new SKPath();
            path.MoveTo(0, height);
            double phase = random.NextDouble() * Math.PI * 2, wave = 1.5 + random.NextDouble() * 2;
            for (int x = 0; x <= width; x += Math.Max(1, width / 200))
                path.LineTo(x, baseLine - (float)(Math.Sin(phase + x * wave / width * Math.PI) * height * 0.06 + Math.Sin(x * 17.0 / width) * height * 0.01));
            path.LineTo(width, height);
            path.Close();
            using var hill = new SKPaint { Color = Hsv(95 + layer * 12 + random.Next(-8, 8), 0.35f + layer * 0.1f, 0.75f - layer * 0.13f), IsAntialias = true };
            canvas.DrawPath(path, hill);
        }
        Grain(bitmap, random);
        return bitmap;
    }

    public static byte[] Jpeg(int width, int height, int seed, int quality = 88)
    {
        using var bitmap = Draw(width, height, seed);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    // Photographs have sensor noise; without it every size and speed measured here would be a cartoon's.
    private static void Grain(SKBitmap bitmap, Random random)
    {
        var pixels = bitmap.GetPixelSpan();
        byte[] noise = new byte[4096];
        random.NextBytes(noise);
        for (int i = 0, n = 0; i < pixels.Length; i += 4, n = (n + 7) & 4095)
        {
            int delta = (noise[n] & 15) - 8;
            for (int c = 0; c < 3; c++) pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + delta, 0, 255);
        }
    }

    private static SKColor Hsv(float hue, float saturation, float value) => SKColor.FromHsv(hue, saturation * 100, value * 100);
}
