namespace SiteGen.PostProcess;

/// <summary>
/// Finds the values of href and src attributes in HTML with a plain scan. The pages are our own
/// templates' output, so this is enough, and it is many times faster than building a DOM for each
/// of thousands of pages. Attribute names are matched in lower case, as our templates and Markdig write them.
/// </summary>
public static class HtmlLinks
{
    private static readonly string[] Attributes = ["href=", "src="];

    public static IEnumerable<string> In(string html)
    {
        foreach (string attribute in Attributes)
        {
            int at = 0;
            while ((at = html.IndexOf(attribute, at, StringComparison.Ordinal)) >= 0)
            {
                int start = at + attribute.Length;
                at = start;
                // Only whole attribute names: "data-href=" or "xsrc=" are not links.
                char before = at - attribute.Length - 1 >= 0 ? html[at - attribute.Length - 1] : ' ';
                if (!char.IsWhiteSpace(before) || start >= html.Length) continue;
                char quote = html[start];
                if (quote != '"' && quote != '\'') continue;
                int end = html.IndexOf(quote, start + 1);
                if (end < 0) yield break;
                yield return Decode(html[(start + 1)..end]);
                at = end + 1;
            }
        }
    }

    // Templates escape URLs for attributes; the link itself is the unescaped text.
    private static string Decode(string value) =>
        value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value) : value;
}
