using SiteGen.Diagnostics;
using SiteGen.Parse;
using SiteGen.Render.Themes;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Languages;

/// <summary>
/// Reads a theme's i18n/&lt;code&gt;.yml files for one language: the site's theme before the themes it extends, word by
/// word, then the default language's files for the words this language lacks. Each entry is a text, plural forms
/// (<c>one:</c> and <c>other:</c>) or a list (<c>months:</c>); anything else is an error at its place.
/// </summary>
public static class InterfaceTextReader
{
    private static readonly HashSet<string> PluralForms = new(StringComparer.Ordinal) { "zero", "one", "two", "few", "many", "other" };

    public static InterfaceText Read(Theme theme, string language, string defaultLanguage, ErrorList errors)
    {
        var words = new Dictionary<string, InterfaceWord>(StringComparer.Ordinal);
        var files = new List<string>();
        var own = ReadLanguage(theme, language, words, files, errors);
        if (language != defaultLanguage)
        {
            var fallback = new Dictionary<string, InterfaceWord>(StringComparer.Ordinal);
            ReadLanguage(theme, defaultLanguage, fallback, files, errors);
            var lacking = fallback.Keys.Where(k => !words.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            foreach (string key in lacking) words[key] = fallback[key];
            if (own == 0)
                errors.Warn(ContentWarning.OfSite($"theme '{theme.Name}' has no i18n/{language}.yml: pages in {language} show the theme's words in {defaultLanguage}"));
            else if (lacking.Count > 0)
                errors.Warn(SourcePath.Display(theme.Chain[0].TranslationPath(language)), 1, 1,
                    $"{lacking.Count} of the theme's words not in {language}, shown in {defaultLanguage}: {string.Join(", ", lacking.Take(8))}{(lacking.Count > 8 ? ", …" : "")}");
        }
        return new InterfaceText(language, words, files);
    }

    // The chain's files of one language, the site's theme first: a word already found is not replaced. Returns how many files exist.
    private static int ReadLanguage(Theme theme, string language, Dictionary<string, InterfaceWord> words, List<string> files, ErrorList errors)
    {
        int found = 0;
        foreach (var folder in theme.Chain)
        {
            string path = folder.TranslationPath(language);
            if (!File.Exists(path)) continue;
            found++;
            files.Add(path);
            foreach (var (key, word) in ReadFile(path, errors)) words.TryAdd(key, word);
        }
        return found;
    }

    private static IEnumerable<(string Key, InterfaceWord Word)> ReadFile(string path, ErrorList errors)
    {
        string display = SourcePath.Display(path);
        var source = new YamlSource(display, 1, errors);
        var mapping = source.LoadMapping(File.ReadAllText(path), "an i18n file");
        if (mapping is null) yield break;
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = YamlPlainValue.Key(keyNode);
            int line = source.Line(keyNode.Start), column = (int)keyNode.Start.Column;
            switch (value)
            {
                case YamlScalarNode { Value: { } text }:
                    yield return (key, new InterfaceWord(text, null, null, display, line, column));
                    break;
                case YamlSequenceNode list when key == InterfaceText.MonthsKey:
                    var months = list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList();
                    if (months.Count != 12 || list.Children.Count != 12 || months.Any(m => m.Length == 0))
                        source.Error(value, "months must list the twelve month names, January first");
                    else yield return (key, new InterfaceWord(null, null, months, display, line, column));
                    break;
                case YamlMappingNode forms when Forms(source, key, forms) is { } read:
                    yield return (key, new InterfaceWord(null, read, null, display, line, column));
                    break;
                case YamlMappingNode:
                    break;
                default:
                    source.Error(value, $"'{key}' must be a text, or plural forms such as one: and other:");
                    break;
            }
        }
    }

    private static Dictionary<string, string>? Forms(YamlSource source, string key, YamlMappingNode map)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (formNode, value) in map.Children)
        {
            string form = YamlPlainValue.Key(formNode);
            if (!PluralForms.Contains(form))
            {
                source.Error(formNode, $"'{key}.{form}' is not a plural form; use zero, one, two, few, many or other");
                ok = false;
            }
            else if (value is YamlScalarNode { Value: { } text }) forms[form] = text;
            else
            {
                source.Error(value, $"'{key}.{form}' must be a text");
                ok = false;
            }
        }
        if (ok && !forms.ContainsKey(PluralRule.Other))
        {
            source.Error(map, $"'{key}' needs an other: form, used for every count the other forms do not name");
            ok = false;
        }
        return ok ? forms : null;
    }
}
