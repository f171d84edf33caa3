using System.Text;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Builtins;

public static partial class StringFunctions
{
    /// <summary>The text with quotes, backslashes and line breaks written as escape sequences.</summary>
    public static string Escape(string? text)
    {
        var literal = Literal(text);
        return literal[1..^1];
    }

    /// <summary>The text as a double-quoted string literal, written as the language prints strings inside arrays.</summary>
    public static string Literal(string? text)
    {
        var builder = new StringBuilder((text?.Length ?? 0) + 8);
        ValueFormatter.AppendQuoted(builder, text ?? "");
        return builder.ToString();
    }
}
