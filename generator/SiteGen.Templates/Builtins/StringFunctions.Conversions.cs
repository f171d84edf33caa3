using System.Globalization;
using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Builtins;

public static partial class StringFunctions
{
    private const NumberStyles IntegerStyle = NumberStyles.Integer;
    private const NumberStyles RealStyle = NumberStyles.Float | NumberStyles.AllowThousands;

    /// <summary>The text as a 32-bit integer (invariant culture), or null when it is not one.</summary>
    public static int? ToInt(string? text) =>
        int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static long? ToLong(string? text) =>
        long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static float? ToFloat(string? text) =>
        float.TryParse(text, RealStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? ToDouble(string? text) =>
        double.TryParse(text, RealStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The UTF-8 bytes of the text in Base64.</summary>
    [ScriptMemberName("base64_encode")]
    public static string Base64Encode(string? text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text ?? ""));

    /// <summary>Base64 decoded to UTF-8 text; malformed input is a located error.</summary>
    [ScriptMemberName("base64_decode")]
    public static string Base64Decode(SourceSpan span, string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new ScriptRuntimeException(span, "The text is not valid Base64");
        }
    }
}
