using System.Text;

namespace SiteGen.Parse;

/// <summary>URL-safe names: what a slug may hold, and turning a name into one.</summary>
public static class Slugs
{
    /// <summary>Why <paramref name="slug"/> cannot name a folder of the site, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length == 0) return "is empty";
        if (slug.Contains('/') || slug.Contains('\\')) return "must not contain '/' or '\\'";
        if (slug.Contains("..", StringComparison.Ordinal)) return "must not contain '..'";
        if (slug.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '%' or '"' or '<' or '>'))
            return "must not contain spaces or any of ? # % \" < >";
        return null;
    }

    /// <summary>Lower-case ASCII letters and digits, with single '-' for anything else ("Self Care!" -> "self-care").</summary>
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>"self-care" -> "Self Care", for topics site.yml does not name.</summary>
    public static string TitleCase(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
