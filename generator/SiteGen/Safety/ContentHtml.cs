using System.Text.RegularExpressions;

namespace SiteGen.Safety;

/// <summary>
/// Finds script in raw HTML written in content: &lt;script&gt; elements, on...= event handlers, style= attributes, and
/// URL attributes with a <c>javascript:</c>-like scheme. The site's security policy would silently stop all of them, so
/// each is refused where it is written, unless the site allows content scripts (then the policy allows them by hash).
/// Dangerous URLs are refused either way: no policy hash can make a <c>javascript:</c> link safe.
/// </summary>
public static partial class ContentHtml
{
    [GeneratedRegex("""<(?<name>[A-Za-z][^\s/>]*)(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>?""", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>One attribute of a tag's text: its name, and its value when it has one (quoted or not).</summary>
    [GeneratedRegex("""(?<name>[^\s"'=/>]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+)))?""", RegexOptions.CultureInvariant)]
    internal static partial Regex Attribute();

    [GeneratedRegex("<!--.*?(?:-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "srcset", "lowsrc", "dynsrc",
    };

    /// <summary>A problem found at <paramref name="Offset"/> characters into the HTML.</summary>
    public readonly record struct Finding(int Offset, string Problem);

    public static IEnumerable<Finding> Problems(string html, bool allowScripts)
    {
        if (html.IndexOf('<') < 0) yield break;
        // A comment is never run: blanked, its text keeps every other offset where it was.
        if (html.Contains("<!--", StringComparison.Ordinal)) html = Comment().Replace(html, m => new string(' ', m.Length));
        foreach (Match tag in Tag().Matches(html))
        {
            string name = tag.Groups["name"].Value;
            if (!allowScripts && name.Equals("script", StringComparison.OrdinalIgnoreCase))
                yield return new Finding(tag.Index, "a <script> element in content; the site's security policy would block it. "
                    + "Put scripts in the theme, or allow them with `markdown: { scripts: true }` in site.yml");
            var attributes = tag.Groups["attributes"];
            foreach (Match attribute in Attribute().Matches(attributes.Value))
            {
                string attributeName = attribute.Groups["name"].Value;
                int at = attributes.Index + attribute.Index;
                if (!allowScripts && attributeName.Length > 2 && attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return new Finding(at, $"an event handler ({attributeName}=) in content is script, which the site's security policy would block; "
                        + "allow it with `markdown: { scripts: true }` in site.yml");
                else if (!allowScripts && attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
                    yield return new Finding(at, "a style= attribute in content, which the site's security policy would block; "
                        + "use the theme's styles, or allow it with `markdown: { scripts: true }` in site.yml");
                else if (UrlAttributes.Contains(attributeName) && System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value) is { } url
                    && UrlSchemes.Problem(url, isImage: name.Equals("img", StringComparison.OrdinalIgnoreCase) && !attributeName.Equals("href", StringComparison.OrdinalIgnoreCase)) is { } refused)
                    yield return new Finding(at, $"{attributeName}= {refused}");
            }
        }
    }
}
