using System.Globalization;
using System.Text;
using AnyAscii;

namespace SiteGen.Parse;

/// <summary>URL-safe names: what a slug may hold, and turning a name into one.</summary>
public static class Slugs
{
    /// <summary>Characters of a slug written in front matter or as a file name (WordPress allows 200).</summary>
    public const int MaxLength = 200;

    /// <summary>UTF-8 bytes of a slug, within the 255 bytes of a file name: 200 letters of another script may need 800.</summary>
    public const int MaxBytes = 240;

    /// <summary>Characters of a slug made from a title or name: short enough to read in an address bar.</summary>
    public const int MadeLength = 120;

    /// <summary>Why <paramref name="slug"/> cannot name a folder of the site, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length == 0) return "is empty";
        if (slug.Length > MaxLength || Encoding.UTF8.GetByteCount(slug) > MaxBytes) return $"is longer than {MaxLength} characters (or {MaxBytes} bytes)";
        if (slug.Contains('/') || slug.Contains('\\')) return "must not contain '/' or '\\'";
        if (slug.Contains("..", StringComparison.Ordinal)) return "must not contain '..'";
        if (slug.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '%' or '"' or '<' or '>'))
            return "must not contain spaces or any of ? # % \" < >";
        if (!slug.Any(char.IsLetterOrDigit)) return "must contain a letter or digit";
        return null;
    }

    /// <summary>
    /// Lower-case letters and digits, with single '-' for anything else ("Self Care!" -> "self-care"). Latin letters are
    /// spelt in ASCII (café -> cafe, Straße -> strasse, niño -> nino); letters of other scripts stay as they are
    /// (日本語 -> 日本語), as Hugo does. Cut at a word's end to <see cref="MadeLength"/> characters.
    /// </summary>
    public static string From(string text)
    {
        var slug = new StringBuilder(text.Length);
        bool afterLatin = false;
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            bool mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value)) Append(char.ToLowerInvariant((char)rune.Value), latin: true);
            else if (mark && afterLatin) continue; // an accent written apart from its letter (e + ´): the letter is already spelt
            else if (IsLatin(rune) && Rune.IsLetter(rune))
            {
                foreach (char c in rune.ToString().Transliterate())
                    if (char.IsAsciiLetterOrDigit(c)) Append(char.ToLowerInvariant(c), latin: true);
            }
            else if (Rune.IsLetterOrDigit(rune) || (mark && slug.Length > 0 && slug[^1] != '-'))
            {
                slug.Append(Rune.ToLowerInvariant(rune).ToString());
                afterLatin = false;
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
                afterLatin = false;
            }
        }
        string result = slug.ToString().TrimEnd('-');
        while (result.Length > MadeLength || Encoding.UTF8.GetByteCount(result) > MaxBytes)
        {
            int limit = Math.Min(result.Length - 1, MadeLength);
            int cut = result.LastIndexOf('-', limit);
            result = result[..(cut > limit / 2 ? cut : limit)].TrimEnd('-');
        }
        return result;

        void Append(char c, bool latin)
        {
            slug.Append(c);
            afterLatin = latin;
        }
    }

    // Latin-1 Supplement to Latin Extended-B, Latin Extended Additional, Extended-C, -D, -E, and full-width Latin.
    private static bool IsLatin(Rune rune) => rune.Value is >= 0x00C0 and <= 0x024F or >= 0x1E00 and <= 0x1EFF or >= 0x2C60 and <= 0x2C7F
        or >= 0xA720 and <= 0xA7FF or >= 0xAB30 and <= 0xAB6F or >= 0xFF21 and <= 0xFF5A;

    /// <summary>"self-care" -> "Self Care", for topics site.yml does not name.</summary>
    public static string TitleCase(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
