namespace SiteGen.Checks;

/// <summary>
/// Prose as a rule reads it (a paragraph, a heading, a title, an FAQ answer), with the place in the source file of
/// every character: line breaks inside a paragraph are spaces, code and URLs are left out. Places are worked out
/// only for the characters a finding is at.
/// </summary>
/// <param name="Kind">Where the text is: body, heading, title, description, question, answer.</param>
/// <param name="at">The file position of the character at an index of the text.</param>
/// <param name="linked">Whether the character at an index is a link's text; null when the run has no link.</param>
public sealed class TextRun(string kind, string text, Func<int, (int Line, int Column)> at, Func<int, bool>? linked = null)
{
    public string Kind { get; } = kind;

    public string Text { get; } = text;

    /// <summary>The file position of the character at <paramref name="index"/>.</summary>
    public (int Line, int Column) At(int index) => at(Math.Clamp(index, 0, Math.Max(0, Text.Length - 1)));

    /// <summary>Whether the character at <paramref name="index"/> is a link's text.</summary>
    public bool IsLinked(int index) => linked is not null && linked(index);

    /// <summary>A run of text that sits on one line of the file from <paramref name="line"/>, <paramref name="column"/>.</summary>
    public static TextRun OnOneLine(string kind, string text, int line, int column) => new(kind, text, i => (line, column + i));
}
