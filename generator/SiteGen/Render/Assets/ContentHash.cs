using System.Security.Cryptography;

namespace SiteGen.Render.Assets;

/// <summary>The short content hash put in asset file names so browsers can cache them forever.</summary>
public static class ContentHash
{
    /// <summary>The first 8 hex digits (lower case) of the SHA-256 of the bytes.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];

    /// <summary>css/site.css → css/site.3f2a9c1b.css; a name without extension gets the hash at its end.</summary>
    public static string FingerprintedName(string path, string hash)
    {
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        return dot > slash + 1 ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
