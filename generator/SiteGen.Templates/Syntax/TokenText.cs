namespace SiteGen.Templates.Syntax;

/// <summary>The source spelling of punctuation and operator tokens, for error messages.</summary>
internal static class TokenText
{
    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.SemiColon => ";", TokenKind.Comma => ",", TokenKind.Colon => ":", TokenKind.Dot => ".",
        TokenKind.DotDot => "..", TokenKind.DotDotLess => "..<", TokenKind.TripleDot => "...",
        TokenKind.QuestionDot => "?.", TokenKind.Question => "?", TokenKind.DoubleQuestion => "??",
        TokenKind.QuestionExclamation => "?!", TokenKind.Exclamation => "!", TokenKind.Equal => "=",
        TokenKind.DoubleEqual => "==", TokenKind.NotEqual => "!=", TokenKind.Less => "<", TokenKind.LessEqual => "<=",
        TokenKind.Greater => ">", TokenKind.GreaterEqual => ">=", TokenKind.ShiftLeft => "<<", TokenKind.ShiftRight => ">>",
        TokenKind.Plus => "+", TokenKind.Minus => "-", TokenKind.Star => "*", TokenKind.DoubleStar => "**",
        TokenKind.Slash => "/", TokenKind.DoubleSlash => "//", TokenKind.Percent => "%", TokenKind.DoublePlus => "++",
        TokenKind.DoubleMinus => "--", TokenKind.PlusEqual => "+=", TokenKind.MinusEqual => "-=", TokenKind.StarEqual => "*=",
        TokenKind.SlashEqual => "/=", TokenKind.DoubleSlashEqual => "//=", TokenKind.PercentEqual => "%=",
        TokenKind.And => "&&", TokenKind.Or => "||", TokenKind.Amp => "&", TokenKind.Pipe => "|", TokenKind.PipeGreater => "|>",
        TokenKind.Caret => "^", TokenKind.At => "@", TokenKind.Arrow => "=>", TokenKind.OpenParen => "(", TokenKind.CloseParen => ")",
        TokenKind.OpenBracket => "[", TokenKind.CloseBracket => "]", TokenKind.OpenBrace => "{", TokenKind.CloseBrace => "}",
        _ => kind.ToString(),
    };

    /// <summary>Operators ordered longest first, so the lexer can take the longest match.</summary>
    public static readonly (string Text, TokenKind Kind)[] Operators =
    [
        ("//=", TokenKind.DoubleSlashEqual), ("..<", TokenKind.DotDotLess), ("...", TokenKind.TripleDot),
        ("..", TokenKind.DotDot), ("?.", TokenKind.QuestionDot), ("??", TokenKind.DoubleQuestion), ("?!", TokenKind.QuestionExclamation),
        ("==", TokenKind.DoubleEqual), ("!=", TokenKind.NotEqual), ("<=", TokenKind.LessEqual), (">=", TokenKind.GreaterEqual),
        ("<<", TokenKind.ShiftLeft), (">>", TokenKind.ShiftRight), ("**", TokenKind.DoubleStar), ("//", TokenKind.DoubleSlash),
        ("++", TokenKind.DoublePlus), ("--", TokenKind.DoubleMinus), ("+=", TokenKind.PlusEqual), ("-=", TokenKind.MinusEqual),
        ("*=", TokenKind.StarEqual), ("/=", TokenKind.SlashEqual), ("%=", TokenKind.PercentEqual), ("&&", TokenKind.And),
        ("||", TokenKind.Or), ("|>", TokenKind.PipeGreater), ("=>", TokenKind.Arrow),
        (";", TokenKind.SemiColon), (",", TokenKind.Comma), (":", TokenKind.Colon), (".", TokenKind.Dot), ("?", TokenKind.Question),
        ("!", TokenKind.Exclamation), ("=", TokenKind.Equal), ("<", TokenKind.Less), (">", TokenKind.Greater), ("+", TokenKind.Plus),
        ("-", TokenKind.Minus), ("*", TokenKind.Star), ("/", TokenKind.Slash), ("%", TokenKind.Percent), ("&", TokenKind.Amp),
        ("|", TokenKind.Pipe), ("^", TokenKind.Caret), ("@", TokenKind.At), ("(", TokenKind.OpenParen), (")", TokenKind.CloseParen),
        ("[", TokenKind.OpenBracket), ("]", TokenKind.CloseBracket), ("{", TokenKind.OpenBrace), ("}", TokenKind.CloseBrace),
    ];
}
