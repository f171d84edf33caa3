namespace SiteGen.Images;

/// <summary>The raster formats the image stage reads and writes.</summary>
public enum ImageFormat { Jpeg, Png, Webp }

public static class ImageFormats
{
    /// <summary>The format a file's name says, or null for files the stage leaves alone (SVG, GIF, PDF...).</summary>
    public static ImageFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".png" => ImageFormat.Png,
        ".webp" => ImageFormat.Webp,
        _ => null,
    };

    public static ImageFormat? FromName(string name) => name.ToLowerInvariant() switch
    {
        "jpeg" or "jpg" => ImageFormat.Jpeg,
        "png" => ImageFormat.Png,
        "webp" => ImageFormat.Webp,
        _ => null,
    };

    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        _ => ".webp",
    };

    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };
}
