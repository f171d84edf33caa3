using System.Globalization;
using System.Text;

namespace SiteGen.Languages;

/// <summary>
/// The words a theme puts around the content ("Contents", "min read", month names) in one language, from the
/// theme's i18n/&lt;code&gt;.yml files: a theme that extends another overrides single words, and a word missing
/// in this language is the default language's. Immutable and shared by every rendering thread.
/// </summary>
public sealed class InterfaceText
{
    public const string MonthsKey = "months";
    public const string DateFormatKey = "date_format";

    private readonly IReadOnlyDictionary<string, InterfaceWord> _words;
    private readonly string[] _months;
    private readonly string _dateFormat;

    /// <param name="files">The files the words were read from, the most specific first: a page that uses a word depends on them.</param>
    public InterfaceText(string language, IReadOnlyDictionary<string, InterfaceWord> words, IReadOnlyList<string> files)
    {
        Language = language;
        _words = words;
        Files = files;
        _months = words.TryGetValue(MonthsKey, out var months) && months.List is { Count: 12 } list ? [.. list] : DefaultMonths;
        _dateFormat = words.TryGetValue(DateFormatKey, out var format) && format.Text is { } f ? f : "{day} {month} {year}";
    }

    public static readonly string[] DefaultMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>English words with no file behind them: for a site rendered without a theme's words (tests of single stages).</summary>
    public static InterfaceText Fallback(string language = "en") => new(language, new Dictionary<string, InterfaceWord>(), []);

    public string Language { get; }

    /// <summary>What dates are written with, as one text: views that hold a date stay valid while it is the same.</summary>
    public string DateStyle => _dateStyle ??= _dateFormat + "|" + string.Join("|", _months);

    private string? _dateStyle;

    public IReadOnlyList<string> Files { get; }

    public IEnumerable<string> Keys => _words.Keys;

    public bool Has(string key) => _words.ContainsKey(key);

    /// <summary>The word for <paramref name="key"/> with its placeholders filled, or null when the theme has no such word.</summary>
    /// <param name="count">The number the text counts, which chooses its plural form and fills <c>{count}</c>; null for a text that counts nothing.</param>
    /// <param name="values">Other placeholders by name: <c>{topic}</c>.</param>
    public string? Get(string key, long? count = null, IReadOnlyDictionary<string, string>? values = null) =>
        Form(key, count) is { } text ? Fill(text, count, values) : null;

    /// <summary>The word as written, in the plural form <paramref name="count"/> takes, its placeholders unfilled; null when the theme has no such word.</summary>
    public string? Form(string key, long? count = null)
    {
        if (!_words.TryGetValue(key, out var word)) return null;
        if (word.Forms is not { } forms) return word.Text;
        return forms.TryGetValue(PluralRule.For(Language, count ?? 0), out string? form) ? form : forms[PluralRule.Other];
    }

    /// <summary>As <see cref="Get"/>, for the words SiteGen itself asks for: a theme without one gets the English given.</summary>
    public string Or(string key, string english, long? count = null, IReadOnlyDictionary<string, string>? values = null) =>
        Get(key, count, values) ?? Fill(english, count, values);

    /// <summary>A date as readers of this language write it: "3 March 2026", "3 de marzo de 2026". Needs no culture data of the system.</summary>
    public string Date(DateTimeOffset date) => Fill(_dateFormat, null, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        ["month"] = _months[date.Month - 1],
        ["year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    });

    public string? Date(DateTimeOffset? date) => date is { } d ? Date(d) : null;

    /// <summary>The placeholder names a text uses, for checking them where the text is written.</summary>
    public static IEnumerable<string> Placeholders(string text)
    {
        for (int open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            int close = text.IndexOf('}', open + 1);
            if (close < 0) yield break;
            yield return text[(open + 1)..close];
        }
    }

    /// <summary>Each {name} replaced by its value (<c>{count}</c> by the count); a name without one stays as written.</summary>
    public static string Fill(string text, long? count, IReadOnlyDictionary<string, string>? values)
    {
        if (!text.Contains('{')) return text;
        var filled = new StringBuilder(text.Length + 16);
        int at = 0;
        for (int open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', at))
        {
            int close = text.IndexOf('}', open + 1);
            if (close < 0) break;
            filled.Append(text, at, open - at);
            string name = text[(open + 1)..close];
            string? value = name == "count" && count is { } n ? n.ToString(CultureInfo.InvariantCulture) : values?.GetValueOrDefault(name);
            filled.Append(value ?? text[open..(close + 1)]);
            at = close + 1;
        }
        return filled.Append(text, at, text.Length - at).ToString();
    }
}

/// <summary>One entry of an i18n file: a text, plural forms (<c>one:</c>, <c>other:</c>), or a list (the months).</summary>
/// <param name="File">Where it is written, for errors about it.</param>
public sealed record InterfaceWord(string? Text, IReadOnlyDictionary<string, string>? Forms, IReadOnlyList<string>? List, string File, int Line, int Column);
