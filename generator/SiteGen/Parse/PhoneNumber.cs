using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Parse;

/// <summary>
/// A phone number as written in site.yml ("1-800-662-HELP", "(888) 643-9118 ext. 2", "+44 20 7946 0958") and as the tel:
/// URI a phone dials. Letters are keypad letters (HELP is 4357), an extension becomes ";ext=", and anything that is not one
/// number ("988 or 911", "Call 988", "911/988") is refused: this is the number on every article's call button.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>E.164 allows at most 15 digits; short codes such as 988 have 3.</summary>
    private const int MinDigits = 3, MaxDigits = 15;

    [GeneratedRegex(@"^(?<number>.*?)\s*(?:,?\s*(?:ext\.?|extension|x)\s*|;ext=)(?<ext>\d{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    /// <summary>The tel: URI of <paramref name="written"/>, or null and why not.</summary>
    public static (string? TelUri, string? Problem) Parse(string written)
    {
        string text = written.Trim();
        string? extension = null;
        if (Extension().Match(text) is { Success: true } m)
        {
            text = m.Groups["number"].Value;
            extension = m.Groups["ext"].Value;
        }
        var digits = new StringBuilder(text.Length);
        bool plus = false, letters = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '+' && digits.Length == 0 && !plus) plus = true;
            else if (char.IsAsciiDigit(c))
            {
                // A vanity number ends in its words: digits after letters mean two numbers or words between them.
                if (letters) return (null, "is not one phone number (digits after letters); write one number, such as 1-800-662-HELP");
                digits.Append(c);
            }
            else if (char.IsAsciiLetter(c))
            {
                if (digits.Length == 0) return (null, "must start with the number (digits, or + for the country code), not words");
                letters = true;
                digits.Append(Keypad(c));
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
                return (null, $"is not one phone number: '{c}' has no place in it; write one number, with an extension as 'ext. 12' if needed");
        }
        if (digits.Length < MinDigits) return (null, $"has fewer than {MinDigits} digits");
        if (digits.Length > MaxDigits) return (null, $"has more than {MaxDigits} digits, more than any phone number");
        return ("tel:" + (plus ? "+" : "") + digits + (extension is null ? "" : ";ext=" + extension), null);
    }

    // The letters on a phone's keys: ABC on 2 ... WXYZ on 9.
    private static char Keypad(char letter) => "22233344455566677778889999"[char.ToUpperInvariant(letter) - 'A'];
}
