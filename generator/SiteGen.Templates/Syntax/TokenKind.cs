namespace SiteGen.Templates.Syntax;

/// <summary>The kinds of token the lexer produces, for text, escape and code blocks.</summary>
internal enum TokenKind
{
    Raw, Escape, CodeEnter, CodeExit, NewLine, SemiColon, Eof, Invalid,
    Identifier, Local, Integer, Float, String, InterpStart, InterpMid, InterpEnd,
    Comma, Colon, Dot, DotDot, DotDotLess, TripleDot, QuestionDot, Question, DoubleQuestion, QuestionExclamation,
    Exclamation, Equal, DoubleEqual, NotEqual, Less, LessEqual, Greater, GreaterEqual, ShiftLeft, ShiftRight,
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, DoublePlus, DoubleMinus,
    PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
    And, Or, Amp, Pipe, PipeGreater, Caret, At, Arrow,
    OpenParen, CloseParen, OpenBracket, CloseBracket, OpenBrace, CloseBrace,
}
