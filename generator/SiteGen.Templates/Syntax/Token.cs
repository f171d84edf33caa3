namespace SiteGen.Templates.Syntax;

/// <summary>
/// One token. <see cref="Value"/> carries decoded text for raw text, identifiers, numbers and strings;
/// <see cref="SpaceBefore"/> tells whether whitespace preceded it, which decides between an indexer
/// <c>a[0]</c> and a call with an array argument <c>f [0]</c>.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Line, int Column, string? Value = null, bool SpaceBefore = false)
{
    public string Describe() => Kind switch
    {
        TokenKind.NewLine => "\\n",
        TokenKind.Eof => "<EOF>",
        TokenKind.CodeExit => "}}",
        TokenKind.CodeEnter => "{{",
        _ => Value ?? TokenText.Of(Kind),
    };
}
