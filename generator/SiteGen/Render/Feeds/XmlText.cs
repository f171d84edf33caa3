using System.Xml;

namespace SiteGen.Render.Feeds;

/// <summary>Text made safe for XML 1.0, which forbids most control characters that Markdown lets through.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        int bad = IndexOfInvalid(text);
        if (bad < 0) return text;
        var chars = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                chars.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                chars.Append(c);
            }
        }
        return chars.ToString();
    }

    private static int IndexOfInvalid(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
