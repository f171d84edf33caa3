using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Render.HostFiles;

/// <summary>
/// Finds the inline scripts and style elements of a page and hashes them the way a Content-Security-Policy
/// expects ('sha256-' + base64 of the UTF-8 text between the tags), so they run under a policy that
/// allows no inline code otherwise.
/// </summary>
public static partial class InlineCode
{
    // Script and style contents are raw text in HTML: they end at the first closing tag, whatever comes before it.
    [GeneratedRegex(@"<(?<tag>script|style)\b(?<attrs>[^>]*)>(?<body>.*?)</\k<tag>\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Element();

    [GeneratedRegex("""(?<name>[^\s"'=/>]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+)))?""",
        RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    private static readonly HashSet<string> ScriptTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript",
    };

    public static (IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles) Hashes(string html)
    {
        var scripts = new List<string>();
        var styles = new List<string>();
        if (!html.Contains("<script", StringComparison.OrdinalIgnoreCase) && !html.Contains("<style", StringComparison.OrdinalIgnoreCase))
            return (scripts, styles);
        foreach (Match element in Element().Matches(html))
        {
            var attributes = Attributes(element.Groups["attrs"].Value);
            if (element.Groups["tag"].Value.Equals("style", StringComparison.OrdinalIgnoreCase))
                styles.Add(Hash(element.Groups["body"].Value));
            else if (!attributes.ContainsKey("src") && Runs(attributes))
                scripts.Add(Hash(element.Groups["body"].Value));
        }
        return (scripts, styles);
    }

    public static string Hash(string code) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(code))) + "'";

    // JSON-LD and other data blocks are never executed, so the policy need not allow them.
    private static bool Runs(Dictionary<string, string> attributes) =>
        !attributes.TryGetValue("type", out var type) || ScriptTypes.Contains(type.Trim());

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(text))
            attributes.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value);
        return attributes;
    }
}
