using System.Xml;

namespace SiteGen.Images;

/// <summary>
/// An SVG is a document that can run script: opened on its own (a link to it, a new tab) its &lt;script&gt; and
/// on...= handlers run with the site's origin, and its references can load files from anywhere. Rewriting SVG safely
/// means parsing it as a browser would, so SiteGen does not rewrite it: an SVG with script, event handlers,
/// &lt;foreignObject&gt; (HTML inside), references to other sites or files (href, xlink:href, url(...) and @import in
/// styles) or a DTD is refused at the line and column of the first such thing. Drawings exported by design tools
/// have none of them; the error says what to remove.
/// </summary>
public static class SvgCheck
{
    /// <summary>The first problem of <paramref name="svg"/> and where it is, or null when it is safe to publish as it is.</summary>
    public static (int Line, int Column, string Problem)? Check(Stream svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(svg, settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase))
                        return (info.LineNumber, info.LinePosition, "an SVG with <script> would run it with the site's origin when opened; remove the script");
                    if (reader.LocalName.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
                        return (info.LineNumber, info.LinePosition, "an SVG with <foreignObject> embeds HTML, which can run script; remove it");
                    for (bool more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                        if (Attribute(reader.LocalName, reader.Value) is { } problem)
                            return (info.LineNumber, info.LinePosition, problem);
                    reader.MoveToElement();
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && StyleProblem(reader.Value) is { } style)
                    return (info.LineNumber, info.LinePosition, style);
            }
            return null;
        }
        catch (XmlException e)
        {
            return (Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "an SVG with a DTD (<!DOCTYPE ... [ ]>) can expand entities without end or read files; remove the DOCTYPE"
                : "not a well-formed SVG: " + e.Message);
        }
    }

    private static string? Attribute(string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && name.Length > 2)
            return $"an SVG with an event handler ({name}=) would run it when opened; remove the attribute";
        if (name is "href" && !IsLocal(value))
            return $"an SVG referring to '{Shorten(value)}' makes every reader's browser fetch it, or runs it; keep only #references inside the drawing";
        if (name == "style") return StyleProblem(value);
        return null;
    }

    // Inside the drawing (#id), or pixels carried in the file itself.
    private static bool IsLocal(string href)
    {
        string url = href.Trim();
        return url.StartsWith('#') || url.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase);
    }

    private static string? StyleProblem(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "an SVG style with @import loads a file from elsewhere; remove it";
        for (int at = css.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = css.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            string inside = css[(at + 4)..].TrimStart(' ', '"', '\'');
            if (!inside.StartsWith('#')) return "an SVG style with url(...) to anything but #an-id loads a file from elsewhere; remove it";
        }
        if (css.Contains("expression(", StringComparison.OrdinalIgnoreCase) || css.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            return "an SVG style that runs script; remove it";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
