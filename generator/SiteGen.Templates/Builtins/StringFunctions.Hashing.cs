using System.Security.Cryptography;
using System.Text;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

/// <summary>Digests of the UTF-8 bytes of a text, written as lower-case hexadecimal.</summary>
public static partial class StringFunctions
{
    [ScriptMemberName("md5")]
    public static string Md5(string? text) => Hex(MD5.HashData(Utf8(text)));

    [ScriptMemberName("sha1")]
    public static string Sha1(string? text) => Hex(SHA1.HashData(Utf8(text)));

    [ScriptMemberName("sha256")]
    public static string Sha256(string? text) => Hex(SHA256.HashData(Utf8(text)));

    [ScriptMemberName("sha512")]
    public static string Sha512(string? text) => Hex(SHA512.HashData(Utf8(text)));

    [ScriptMemberName("hmac_sha1")]
    public static string HmacSha1(string? text, string? secretKey) => Hex(HMACSHA1.HashData(Utf8(secretKey), Utf8(text)));

    [ScriptMemberName("hmac_sha256")]
    public static string HmacSha256(string? text, string? secretKey) => Hex(HMACSHA256.HashData(Utf8(secretKey), Utf8(text)));

    [ScriptMemberName("hmac_sha512")]
    public static string HmacSha512(string? text, string? secretKey) => Hex(HMACSHA512.HashData(Utf8(secretKey), Utf8(text)));

    private static byte[] Utf8(string? text) => Encoding.UTF8.GetBytes(text ?? "");

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
