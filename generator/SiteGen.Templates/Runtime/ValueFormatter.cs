using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// Turns values into the text a template prints: null as nothing, booleans in lower case, numbers in
/// the invariant culture, arrays as <c>[1, "a"]</c> and objects as <c>{a: 1}</c>.
/// </summary>
public static class ValueFormatter
{
    private const int MaxDepth = 20;

    public static string ToText(object? value, CultureInfo culture) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(culture),
        _ => Format(value, culture),
    };

    private static string Format(object value, CultureInfo culture)
    {
        if (IsScalar(value)) return Scalar(value, culture);
        var builder = new StringBuilder();
        AppendValue(builder, value, culture, nested: false, depth: 0);
        return builder.ToString();
    }

    private static bool IsScalar(object value) => value is IFormattable || value is char || value is Enum;

    private static string Scalar(object value, CultureInfo culture) => value switch
    {
        double d => d.ToString("R", culture),
        float f => f.ToString("R", culture),
        DateTime d => d.ToString("dd MMM yyyy", culture),
        Enum e => e.ToString(),
        BigInteger b => b.ToString(culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Appends a number, date or other formattable scalar exactly as <see cref="ToText"/> writes it,
    /// formatting in place instead of through a string. False for anything else.
    /// </summary>
    public static bool TryAppendScalar(StringBuilder builder, object value, CultureInfo culture)
    {
        switch (value)
        {
            case double d: builder.AppendFormatted(d, "R", culture); return true;
            case float f: builder.AppendFormatted(f, "R", culture); return true;
            case DateTime d: builder.AppendFormatted(d, "dd MMM yyyy", culture); return true;
            case Enum: return false;
            case ISpanFormattable f: builder.AppendFormatted(f, default, culture); return true;
            default: return false;
        }
    }

    public static void AppendValue(StringBuilder builder, object? value, CultureInfo culture, bool nested, int depth)
    {
        if (depth > MaxDepth) { builder.Append("..."); return; }
        switch (value)
        {
            case null: builder.Append(nested ? "null" : ""); return;
            case string s when nested: AppendQuoted(builder, s); return;
            case string s: builder.Append(s); return;
            case bool b: builder.Append(b ? "true" : "false"); return;
            case IScriptFunction: return;
            case ScriptObject obj: AppendPairs(builder, obj, culture, depth); return;
            case IDictionary dictionary: AppendPairs(builder, ToPairs(dictionary), culture, depth); return;
            case IEnumerable items: AppendItems(builder, items, culture, depth); return;
        }
        if (IsScalar(value)) { builder.Append(Scalar(value, culture)); return; }
        AppendPairs(builder, MemberAccess.Members(value), culture, depth);
    }

    private static IEnumerable<KeyValuePair<string, object?>> ToPairs(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary) yield return new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value);
    }

    private static void AppendItems(StringBuilder builder, IEnumerable items, CultureInfo culture, int depth)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first) builder.Append(", ");
            first = false;
            AppendValue(builder, item, culture, nested: true, depth + 1);
        }
        builder.Append(']');
    }

    private static void AppendPairs(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> pairs, CultureInfo culture, int depth)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, item) in pairs)
        {
            if (!first) builder.Append(", ");
            first = false;
            builder.Append(key).Append(": ");
            AppendValue(builder, item, culture, nested: true, depth + 1);
        }
        builder.Append('}');
    }

    /// <summary>Writes a string as a double-quoted literal with escapes, the way nested strings print.</summary>
    public static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\0': builder.Append("\\0"); break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
    }
}
