namespace SiteGen.Templates.Syntax;

internal sealed partial class Parser
{
    private CaptureStatement ParseCapture()
    {
        const string syntax = "capture <variable> ... end";
        var token = Current;
        Next();
        var target = ParseHeaderExpression("capture", syntax);
        if (!IsAssignable(target)) throw new ParseException(target.Span, "Unsupported target expression for assignment.");
        ExpectStatementEnd();
        var body = ParseClosedBody("capture", syntax);
        return new CaptureStatement(target, body) { Span = Span(token) };
    }

    private WithStatement ParseWith()
    {
        const string syntax = "with <variable> ... end";
        var token = Current;
        Next();
        var target = ParseHeaderExpression("with", syntax);
        ExpectStatementEnd();
        var body = ParseClosedBody("with", syntax);
        return new WithStatement(target, body) { Span = Span(token) };
    }

    private WrapStatement ParseWrap()
    {
        const string syntax = "wrap <function> <arguments>? ... end";
        var token = Current;
        Next();
        var target = ParseHeaderExpression("wrap", syntax);
        var call = target as CallExpression ?? new CallExpression(target, [], target.Describe()) { Span = target.Span };
        ExpectStatementEnd();
        var body = ParseClosedBody("wrap", syntax);
        return new WrapStatement(call, body) { Span = Span(token) };
    }

    private BlockStatement ParseClosedBody(string owner, string syntax)
    {
        var body = ParseBody(owner, syntax, out var terminator);
        if (terminator != "end") throw Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
        ExpectEnd();
        return body;
    }

    private FunctionStatement ParseFunctionStatement()
    {
        const string syntax = "func <variable> ... end";
        var token = Current;
        Next();
        if (Current.Kind is not (TokenKind.Identifier or TokenKind.Local))
            throw Error(Current, $"Error while parsing function statement: Expecting a function name instead of `{Current.Describe()}` in: {syntax}");
        var nameToken = Current;
        var name = new VariableExpression(Current.Value!, Current.Kind == TokenKind.Local) { Span = Span(Current) };
        Next();
        List<FunctionParameter>? parameters = null;
        if (Current.Kind == TokenKind.OpenParen && !Current.SpaceBefore) parameters = ParseParameters();
        var function = ParseFunctionBody(name.Name, parameters, nameToken, syntax, "function", headerEnd: true);
        return new FunctionStatement(name, function) { Span = Span(token) };
    }

    /// <summary>Parses a function body up to its <c>end</c>, with loop keywords reset (break cannot leave a function).</summary>
    private FunctionExpression ParseFunctionBody(string name, List<FunctionParameter>? parameters, Token nameToken, string syntax, string owner, bool headerEnd)
    {
        if (headerEnd)
        {
            try { ExpectStatementEnd(); }
            catch (ParseException error)
            {
                Log(error.Span, error.Message);
                SkipStatement();
            }
        }
        else if (Current.Kind is TokenKind.NewLine or TokenKind.SemiColon) Next();
        var savedLoops = _loopDepth;
        var savedArguments = _inArguments;
        var savedHeader = _inForHeader;
        var savedNesting = _nesting;
        _loopDepth = 0;
        _inArguments = false;
        _inForHeader = false;
        _nesting = 0;
        try
        {
            var body = ParseBlock(new List<ScriptStatement>(), out var terminator);
            if (terminator != "end")
                throw Error(terminator is null ? nameToken : Current,
                    terminator is null
                        ? $"Error while parsing {owner} statement: The <end> statement was not found in: {syntax}"
                        : "A else condition must be preceded by another if/else/when condition or a for loop.");
            Next();
            return new FunctionExpression(name, parameters, body) { Span = Span(nameToken) };
        }
        finally
        {
            _loopDepth = savedLoops;
            _inArguments = savedArguments;
            _inForHeader = savedHeader;
            _nesting = savedNesting;
        }
    }

    private List<FunctionParameter> ParseParameters()
    {
        Next();
        var parameters = new List<FunctionParameter>();
        var seenOptional = false;
        var seenVariadic = false;
        while (Current.Kind != TokenKind.CloseParen)
        {
            if (parameters.Count > 0)
            {
                if (Current.Kind != TokenKind.Comma) throw Error(Current, $"Expecting a `,` or `)` instead of `{Current.Describe()}` in the function parameters");
                Next();
            }
            if (Current.Kind is not (TokenKind.Identifier or TokenKind.Local))
                throw Error(Current, $"Expecting a parameter name instead of `{Current.Describe()}`");
            var nameToken = Current;
            Next();
            ScriptExpression? defaultValue = null;
            var variadic = false;
            if (Current.Kind == TokenKind.Equal)
            {
                Next();
                defaultValue = ParseBinary(Precedence.Lowest);
                if (seenVariadic) throw Error(nameToken, "Cannot declare an optional parameter after a variable parameter (`...`).");
                seenOptional = true;
            }
            else if (Current.Kind == TokenKind.TripleDot)
            {
                Next();
                variadic = true;
                seenVariadic = true;
            }
            else if (seenOptional || seenVariadic)
                throw Error(nameToken, "Cannot declare a normal parameter after an optional parameter.");
            parameters.Add(new FunctionParameter(nameToken.Value!, defaultValue, variadic));
        }
        Next();
        return parameters;
    }

    private ReadOnlyStatement ParseReadOnly()
    {
        var token = Current;
        Next();
        if (Current.Kind is not (TokenKind.Identifier or TokenKind.Local))
            throw Error(Current, $"Expecting a variable instead of `{Current.Describe()}` for the readonly statement");
        var variable = new VariableExpression(Current.Value!, Current.Kind == TokenKind.Local) { Span = Span(Current) };
        Next();
        ExpectStatementEnd();
        return new ReadOnlyStatement(variable) { Span = Span(token) };
    }

    private ImportStatement ParseImport()
    {
        var token = Current;
        Next();
        var source = ParseHeaderExpression("import", "import <expression>");
        ExpectStatementEnd();
        return new ImportStatement(source) { Span = Span(token) };
    }
}
