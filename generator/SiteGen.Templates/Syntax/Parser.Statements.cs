namespace SiteGen.Templates.Syntax;

internal sealed partial class Parser
{
    private static readonly HashSet<string> StatementKeywords =
    [
        "if", "else", "end", "case", "when", "for", "tablerow", "while", "break", "continue", "ret",
        "capture", "with", "wrap", "func", "readonly", "import",
    ];

    private bool AtKeyword(out string keyword)
    {
        keyword = Current.Value ?? "";
        if (Current.Kind != TokenKind.Identifier || !StatementKeywords.Contains(keyword)) return false;
        // `for.index` or `end = 1` use the word as a variable, not as a statement.
        var next = PeekToken();
        return next.Kind is not (TokenKind.Dot or TokenKind.Equal or TokenKind.QuestionDot) && !(next.Kind == TokenKind.OpenBracket && !next.SpaceBefore);
    }

    /// <summary>
    /// Parses statements into <paramref name="statements"/> until <c>end</c>, <c>else</c>, a <c>when</c>
    /// (when <paramref name="inCase"/>) or the end of text; the terminator is left for the caller.
    /// </summary>
    private BlockStatement ParseBlock(List<ScriptStatement> statements, out string? terminator, bool inCase = false)
    {
        var start = Current;
        while (true)
        {
            while (Current.Kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeEnter or TokenKind.CodeExit) Next();
            if (Current.Kind == TokenKind.Eof) { terminator = null; break; }
            if (Current.Kind is TokenKind.Raw or TokenKind.Escape)
            {
                statements.Add(new RawStatement(Current.Value!) { Span = Span(Current) });
                Next();
                continue;
            }
            if (AtKeyword(out var keyword) && (keyword is "end" or "else" || (keyword == "when" && inCase)))
            {
                terminator = keyword;
                break;
            }
            try
            {
                if (++_blockDepth > MaxDepth) throw Error(Current, $"The statements are nested too deeply (more than {MaxDepth} levels)");
                statements.Add(ParseStatement());
            }
            catch (ParseException error)
            {
                Log(error.Span, error.Message);
                SkipStatement();
            }
            finally { _blockDepth--; }
        }
        return new BlockStatement(statements) { Span = Span(start) };
    }

    private BlockStatement ParseBody(string owner, string syntax, out string? terminator, bool inCase = false)
    {
        var body = ParseBlock(new List<ScriptStatement>(), out terminator, inCase);
        if (terminator is null)
            throw Error(LastToken(), $"Error while parsing {owner} statement: The <end> statement was not found in: {syntax}");
        return body;
    }

    private void ExpectEnd()
    {
        Next();
        ExpectStatementEnd();
    }

    private ScriptStatement ParseStatement()
    {
        var token = Current;
        if (!AtKeyword(out var keyword)) return ParseExpressionStatement();
        return keyword switch
        {
            "if" => ParseIf(),
            "case" => ParseCase(),
            "for" or "tablerow" => ParseFor(keyword == "tablerow"),
            "while" => ParseWhile(),
            "break" or "continue" => ParseBreakContinue(keyword),
            "ret" => ParseReturn(),
            "capture" => ParseCapture(),
            "with" => ParseWith(),
            "wrap" => ParseWrap(),
            "func" => ParseFunctionStatement(),
            "readonly" => ParseReadOnly(),
            "import" => ParseImport(),
            "when" => throw Error(token, "A `when` condition must be inside a `case` statement."),
            _ => throw Error(token, $"Unexpected keyword `{keyword}`"),
        };
    }

    private ScriptStatement ParseExpressionStatement()
    {
        var start = Current;
        var expression = ParseExpression();
        if (Current.Kind == TokenKind.Equal && expression is CallExpression { IsParenthesized: true, Target: VariableExpression name } inline)
            return ParseInlineFunction(name, inline);
        if (IsAssignOperator(Current.Kind, out var op))
        {
            if (!IsAssignable(expression)) throw new ParseException(SyntaxText.StartOf(expression), "Unsupported target expression for assignment.");
            Next();
            SkipNewLines();
            var value = ParseRequired("assign", "<target_expression> = <value_expression>");
            expression = new AssignExpression(expression, op, value) { Span = Span(start) };
        }
        ExpectStatementEnd();
        return new ExpressionStatement(expression) { Span = Span(start) };
    }

    /// <summary><c>f(x, y) = x + y</c>: a parametric function whose body returns one expression.</summary>
    private ScriptStatement ParseInlineFunction(VariableExpression name, CallExpression header)
    {
        var parameters = new List<FunctionParameter>();
        foreach (var argument in header.Arguments)
        {
            if (argument is not { Name: null, Value: VariableExpression { IsLocal: false } parameter })
                throw new ParseException(argument.Value.Span, "Expecting a parameter name for the inline function");
            parameters.Add(new FunctionParameter(parameter.Name, null, false));
        }
        Next();
        SkipNewLines();
        var value = ParseRequired("assign", "<target_expression> = <value_expression>");
        ExpectStatementEnd();
        var body = new BlockStatement([new FlowStatement(FlowKind.Return, value) { Span = value.Span }]) { Span = value.Span };
        var function = new FunctionExpression(name.Name, parameters, body) { Span = name.Span };
        return new FunctionStatement(name, function) { Span = name.Span };
    }

    private static bool IsAssignable(ScriptExpression expression) => expression switch
    {
        ParenthesizedExpression p => IsAssignable(p.Inner),
        _ => expression is IAssignable,
    };

    private ScriptExpression ParseRequired(string owner, string syntax)
    {
        if (!CanStartExpression(Current))
            throw Error(Current, $"Error while parsing {owner} expression: Expecting <expression> instead of `{Current.Describe()}` in: {syntax}");
        _nesting++;
        try { return ParseExpression(); }
        finally { _nesting--; }
    }

    private ScriptExpression ParseHeaderExpression(string owner, string syntax)
    {
        if (AtStatementEnd || !CanStartExpression(Current))
            throw Error(Current, $"Error while parsing {owner} statement: Expecting <expression> instead of `{Current.Describe()}` in: {syntax}");
        _nesting++;
        try { return ParseExpression(); }
        finally { _nesting--; }
    }

    private IfStatement ParseIf()
    {
        const string syntax = "if <expression> ... end|else|else if";
        var token = Current;
        Next();
        var condition = ParseHeaderExpression("if", syntax);
        ExpectStatementEnd();
        var then = ParseBody("if", syntax, out var terminator);
        ScriptStatement? otherwise = null;
        if (terminator == "else")
        {
            Next();
            if (IsIdentifier("if")) otherwise = ParseIf();
            else
            {
                ExpectStatementEnd();
                otherwise = ParseBody("if", syntax, out terminator);
                if (terminator != "end") throw Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
                ExpectEnd();
            }
        }
        else ExpectEnd();
        return new IfStatement(condition, then, otherwise) { Span = Span(token) };
    }

    private CaseStatement ParseCase()
    {
        const string syntax = "case <expression> ... when <expression> ... end|else";
        var token = Current;
        Next();
        var value = ParseHeaderExpression("case", syntax);
        ExpectStatementEnd();
        var whens = new List<WhenClause>();
        BlockStatement? otherwise = null;
        var leading = ParseBody("case", syntax, out var terminator, inCase: true);
        foreach (var statement in leading.Statements)
        {
            if (statement is RawStatement raw && string.IsNullOrWhiteSpace(raw.Text)) continue;
            var name = statement is ExpressionStatement { Expression: VariableExpression } ? "variable" : "statement";
            throw new ParseException(statement.Span, $"Unexpected statement/expression `{name}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }
        while (terminator == "when")
        {
            Next();
            var values = new List<ScriptExpression>();
            do
            {
                if (values.Count > 0) Next();
                _nesting++;
                try { values.Add(ParseBinary(Precedence.And)); }
                finally { _nesting--; }
            } while (Current.Kind is TokenKind.Comma or TokenKind.Or);
            ExpectStatementEnd();
            whens.Add(new WhenClause(values, ParseBody("case", syntax, out terminator, inCase: true)));
        }
        if (terminator == "else")
        {
            var elseToken = Current;
            if (whens.Count == 0) throw Error(elseToken, "A else condition must be preceded by another if/else/when condition or a for loop.");
            Next();
            ExpectStatementEnd();
            otherwise = ParseBody("case", syntax, out terminator, inCase: true);
            if (terminator != "end") throw Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
        }
        ExpectEnd();
        return new CaseStatement(value, whens, otherwise) { Span = Span(token) };
    }

    private FlowStatement ParseBreakContinue(string keyword)
    {
        var token = Current;
        Next();
        if (_loopDepth == 0) throw Error(token, $"The <{keyword}> statement can only be used inside for/while loops");
        ExpectStatementEnd();
        return new FlowStatement(keyword == "break" ? FlowKind.Break : FlowKind.Continue, null) { Span = Span(token) };
    }

    private FlowStatement ParseReturn()
    {
        var token = Current;
        Next();
        ScriptExpression? value = null;
        if (!AtStatementEnd) value = ParseExpression();
        ExpectStatementEnd();
        return new FlowStatement(FlowKind.Return, value) { Span = Span(token) };
    }
}
