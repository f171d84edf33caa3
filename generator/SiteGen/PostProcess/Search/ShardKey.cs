using System.Text;

namespace SiteGen.PostProcess.Search;

/// <summary>
/// File names of term shards and topic lists. Twin of <c>fileKey()</c> in search-engine.js: letters
/// a-z and digits stay, any other character becomes '_' and its UTF-16 code in hex.
/// </summary>
internal static class ShardKey
{
    public static string FileName(string key)
    {
        var name = new StringBuilder();
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(c);
            else name.Append('_').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }
}
