using SiteGen.Diagnostics;

namespace SiteGen.Parse;

/// <summary>Cuts "---\nyaml\n---\nbody" into its parts; the front matter is required.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(string displayPath, string text, ErrorList errors) =>
        Split(displayPath, text.AsSpan(), errors);

    /// <summary>As <see cref="Split(string, string, ErrorList)"/>; only the parts become strings.</summary>
    public static FrontMatterSplit? Split(string displayPath, ReadOnlySpan<char> text, ErrorList errors)
    {
        int firstEnd = LineEnd(text, 0);
        if (!IsFence(text[..firstEnd]))
        {
            errors.Add(displayPath, 1, 1, "front matter missing: the file must start with a line '---', then YAML such as 'title: ...', then '---'");
            return null;
        }

        int line = 2;
        int yamlStart = NextLine(text, firstEnd);
        for (int start = yamlStart; start < text.Length; start = NextLine(text, LineEnd(text, start)), line++)
        {
            int end = LineEnd(text, start);
            var current = text[start..end];
            if (!IsFence(current) && !current.TrimEnd().SequenceEqual("...")) continue;
            int bodyStart = NextLine(text, end);
            return new FrontMatterSplit(new string(text[yamlStart..start]), 2, new string(text[bodyStart..]), line + 1);
        }

        errors.Add(displayPath, 1, 1, "front matter is not closed: add a line '---' after the YAML");
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        int newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline;
    }

    private static int NextLine(ReadOnlySpan<char> text, int lineEnd) => Math.Min(text.Length, lineEnd + 1);
}
