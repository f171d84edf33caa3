using System.Buffers.Binary;
using SkiaSharp;

namespace SiteGen.Tests.Support;

/// <summary>
/// Images made by the tests: a picture with a marked corner (to see where rotation put it), encoded by SkiaSharp, and a
/// JPEG carrying an EXIF block with a GPS position and an orientation, written byte by byte as a phone would.
/// </summary>
public static class TestImages
{
    /// <summary>The GPS latitude's bytes as the EXIF block holds them (45° 31' 12"): found in a file, the position leaked.</summary>
    public static readonly byte[] Latitude = Rationals((45, 1), (31, 1), (12, 1));

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> picture, red in its top-left corner, blue elsewhere.</summary>
    public static SKBitmap Picture(int width, int height, bool transparent = false)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(transparent ? SKColors.Transparent : new SKColor(40, 90, 160));
        using var paint = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(0, 0, width / 4f, height / 4f, paint);
        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 90)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public static byte[] Jpeg(int width, int height) => Encode(Picture(width, height), SKEncodedImageFormat.Jpeg);

    /// <summary>A JPEG whose EXIF says "rotate 90° clockwise to show" (orientation 6) and where it was taken.</summary>
    public static byte[] JpegWithGpsAndOrientation(int width, int height, ushort orientation = 6)
    {
        byte[] jpeg = Jpeg(width, height);
        byte[] exif = ExifBlock(orientation);
        // APP1 goes right after the start-of-image marker.
        var app1 = new byte[4 + exif.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(app1, 4);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A PNG with text chunks (tEXt) naming the author and a place.</summary>
    public static byte[] PngWithText(int width, int height)
    {
        byte[] png = Encode(Picture(width, height), SKEncodedImageFormat.Png);
        byte[] chunk = Chunk("tEXt", "Location\0Group room, 12 Elm Street"u8.ToArray());
        // After the signature (8 bytes) and the IHDR chunk (25 bytes).
        return [.. png[..33], .. chunk, .. png[33..]];
    }

    private static byte[] ExifBlock(ushort orientation)
    {
        // "Exif\0\0", then a big-endian TIFF header, IFD0 (orientation, GPS pointer), the GPS IFD, its rationals.
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)(v >> 8)); tiff.Add((byte)v); }
        void U32(int v) { U16(v >> 16); U16(v & 0xFFFF); }
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        // IFD0 at 8: 2 entries of 12 bytes, then the next-IFD offset: ends at 8 + 2 + 24 + 4 = 38.
        U16(2);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x8825); U16(4); U32(1); U32(38);
        U32(0);
        // GPS IFD at 38: 2 entries, ends at 38 + 2 + 24 + 4 = 68, where the rationals start.
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(68);
        U32(0);
        tiff.AddRange(Latitude);
        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }

    private static byte[] Rationals(params (int Numerator, int Denominator)[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(i * 8 + 4), values[i].Denominator);
        }
        return bytes;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        uint crc = System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), crc);
        return chunk;
    }

    /// <summary>Whether <paramref name="haystack"/> holds <paramref name="needle"/> anywhere.</summary>
    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
