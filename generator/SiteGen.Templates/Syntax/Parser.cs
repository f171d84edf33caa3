namespace SiteGen.Templates.Syntax;

/// <summary>
/// Recursive-descent parser from tokens to a syntax tree. It collects every error it meets: a broken
/// statement is logged and skipped, and parsing resumes with the next one.
/// </summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly string _path;
    private readonly bool _scientific;
    private readonly List<LogMessage> _messages;
    private int _index;
    private int _loopDepth;
    private int _nesting;
    private bool _inArguments;
    private bool _inForHeader;
    private bool _pipeTarget;
    private int _blockDepth;

    private Parser(List<Token> tokens, string path, bool scientific, List<LogMessage> messages)
    {
        _tokens = tokens;
        _path = path;
        _scientific = scientific;
        _messages = messages;
    }

    public static BlockStatement Parse(string text, string path, bool scientific, bool scriptOnly, List<LogMessage> messages)
    {
        var tokens = Lexer.Tokenize(text, path, messages, scriptOnly);
        var parser = new Parser(tokens, path, scientific, messages);
        return parser.ParseTemplate();
    }

    private BlockStatement ParseTemplate()
    {
        var statements = new List<ScriptStatement>();
        // A stray `end` or `else` stops a block; at the top level it is reported and parsing goes on.
        while (true)
        {
            ParseBlock(statements, out var terminator);
            if (terminator is null) break;
            var token = Current;
            Next();
            Log(Span(token), terminator == "end"
                ? "Unexpected statement `end` without a matching begin statement (if, for, while, func...)"
                : "A else condition must be preceded by another if/else/when condition or a for loop.");
        }
        return new BlockStatement(statements) { Span = new SourceSpan(_path, 1, 1) };
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private void Next()
    {
        if (_index < _tokens.Count - 1) _index++;
    }

    private SourceSpan Span(Token token) => new(_path, token.Line, token.Column);

    private void Log(SourceSpan span, string message) => _messages.Add(new LogMessage(span, message));

    private ParseException Error(Token token, string message) => new(Span(token), message);

    private bool IsIdentifier(string value) => Current.Kind == TokenKind.Identifier && Current.Value == value;

    private bool AtStatementEnd => Current.Kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeExit or TokenKind.Eof;

    private void SkipNewLines()
    {
        while (Current.Kind == TokenKind.NewLine) Next();
    }

    private void ExpectStatementEnd()
    {
        if (Current.Kind is TokenKind.NewLine or TokenKind.SemiColon) { Next(); return; }
        if (AtStatementEnd) return;
        throw Error(Current, $"Invalid token found `{Current.Describe()}`. Expecting <EOL>/end of line.");
    }

    /// <summary>After an error, skips to the end of the broken statement.</summary>
    private void SkipStatement()
    {
        while (!AtStatementEnd) Next();
        if (Current.Kind is TokenKind.NewLine or TokenKind.SemiColon) Next();
    }

    /// <summary>The last token before the end of the text, where a missing <c>end</c> is reported.</summary>
    private Token LastToken()
    {
        var index = _tokens.Count - 1;
        if (index > 0 && _tokens[index].Kind == TokenKind.Eof) index--;
        return _tokens[index];
    }
}
