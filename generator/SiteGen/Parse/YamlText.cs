using System.Text;

namespace SiteGen.Parse;

/// <summary>YAML that SiteGen writes (a new site's settings, an imported article's front matter).</summary>
public static class YamlText
{
    /// <summary>A YAML double-quoted scalar: whatever the text holds (a colon, a quote, a #), it reads back as itself.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case < ' ': quoted.Append($"\\x{(int)c:x2}"); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
