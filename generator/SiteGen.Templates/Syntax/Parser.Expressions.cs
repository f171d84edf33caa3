namespace SiteGen.Templates.Syntax;

internal sealed partial class Parser
{
    private ScriptExpression ParseExpression()
    {
        var left = ParseConditional();
        while (Current.Kind == TokenKind.PipeGreater || (Current.Kind == TokenKind.Pipe && !_scientific))
        {
            var pipe = Current;
            Next();
            SkipNewLines();
            if (!CanStartExpression(Current))
                throw Error(Current, $"Error while parsing pipe expression: Expecting <expression> instead of `{Current.Describe()}` in: <expression> | <expression>");
            var savedTarget = _pipeTarget;
            _pipeTarget = true;
            ScriptExpression right;
            try { right = ParseUnary(); }
            finally { _pipeTarget = savedTarget; }
            // The call on the right of a pipe binds first: `x | f + 1` is `(x | f) + 1`.
            left = new PipeExpression(left, right) { Span = Span(pipe) };
            left = ParseConditionalRest(ParseBinaryRest(left, Precedence.Lowest));
        }
        return left;
    }

    private ScriptExpression ParseConditional() => ParseConditionalRest(ParseBinary(Precedence.Lowest));

    private ScriptExpression ParseConditionalRest(ScriptExpression condition)
    {
        if (Current.Kind != TokenKind.Question) return condition;
        var question = Current;
        Next();
        SkipNewLines();
        var whenTrue = ParseConditional();
        SkipNewLines();
        if (Current.Kind != TokenKind.Colon) throw Error(Current, $"Invalid token `{Current.Describe()}`. Expecting a `:` for the conditional expression.");
        Next();
        SkipNewLines();
        var whenFalse = ParseConditional();
        return new ConditionalExpression(condition, whenTrue, whenFalse) { Span = Span(question) };
    }

    private ScriptExpression ParseBinary(int minimum) => ParseBinaryRest(ParseUnary(), minimum);

    private ScriptExpression ParseBinaryRest(ScriptExpression left, int minimum)
    {
        while (true)
        {
            if (_nesting > 0 && IsAssignOperator(Current.Kind, out var assign))
            {
                Log(left.Span, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
                Next();
                left = new AssignExpression(left, assign, ParseConditional()) { Span = left.Span };
                continue;
            }
            if (!TryBinaryOperator(Current, out var op, out var precedence) || precedence < minimum) return left;
            var opToken = Current;
            Next();
            SkipNewLines();
            if (!CanStartExpression(Current))
                throw Error(Current, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{Current.Describe()}` in: <expression> operator <expression>");
            var right = ParseBinary(precedence + 1);
            left = new BinaryExpression(op, left, right) { Span = Span(opToken) };
        }
    }

    private bool TryBinaryOperator(Token token, out BinaryOperator op, out int precedence)
    {
        (op, precedence) = token.Kind switch
        {
            TokenKind.DoubleQuestion => (BinaryOperator.EmptyCoalescing, Precedence.Coalesce),
            TokenKind.QuestionExclamation => (BinaryOperator.NotEmptyCoalescing, Precedence.Coalesce),
            TokenKind.Or => (BinaryOperator.Or, Precedence.Or),
            TokenKind.And => (BinaryOperator.And, Precedence.And),
            TokenKind.Pipe when _scientific => (BinaryOperator.BitOr, Precedence.BitOr),
            TokenKind.Amp => (BinaryOperator.BitAnd, Precedence.BitAnd),
            TokenKind.DoubleEqual => (BinaryOperator.Equal, Precedence.Equality),
            TokenKind.NotEqual => (BinaryOperator.NotEqual, Precedence.Equality),
            TokenKind.Less => (BinaryOperator.Less, Precedence.Relational),
            TokenKind.LessEqual => (BinaryOperator.LessOrEqual, Precedence.Relational),
            TokenKind.Greater => (BinaryOperator.Greater, Precedence.Relational),
            TokenKind.GreaterEqual => (BinaryOperator.GreaterOrEqual, Precedence.Relational),
            TokenKind.DotDot => (BinaryOperator.RangeInclude, Precedence.Range),
            TokenKind.DotDotLess => (BinaryOperator.RangeExclude, Precedence.Range),
            TokenKind.ShiftLeft => (BinaryOperator.ShiftLeft, Precedence.Shift),
            TokenKind.ShiftRight => (BinaryOperator.ShiftRight, Precedence.Shift),
            TokenKind.Plus => (BinaryOperator.Add, Precedence.Additive),
            TokenKind.Minus => (BinaryOperator.Subtract, Precedence.Additive),
            TokenKind.Star => (BinaryOperator.Multiply, Precedence.Multiplicative),
            TokenKind.Slash => (BinaryOperator.Divide, Precedence.Multiplicative),
            TokenKind.DoubleSlash => (BinaryOperator.DivideRound, Precedence.Multiplicative),
            TokenKind.Percent => (BinaryOperator.Modulus, Precedence.Multiplicative),
            TokenKind.DoubleStar => (BinaryOperator.Power, Precedence.Power),
            _ => (default(BinaryOperator), -1),
        };
        return precedence >= 0;
    }

    private static bool IsAssignOperator(TokenKind kind, out BinaryOperator? op)
    {
        op = kind switch
        {
            TokenKind.PlusEqual => BinaryOperator.Add,
            TokenKind.MinusEqual => BinaryOperator.Subtract,
            TokenKind.StarEqual => BinaryOperator.Multiply,
            TokenKind.SlashEqual => BinaryOperator.Divide,
            TokenKind.DoubleSlashEqual => BinaryOperator.DivideRound,
            TokenKind.PercentEqual => BinaryOperator.Modulus,
            _ => null,
        };
        return op is not null || kind == TokenKind.Equal;
    }

    /// <summary>Deeper nesting than this is refused rather than risking the parser's stack.</summary>
    private const int MaxDepth = 250;
    private int _depth;

    private ScriptExpression ParseUnary()
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            throw Error(Current, $"The expression is nested too deeply (more than {MaxDepth} levels)");
        }
        try { return ParseUnaryCore(); }
        finally { if (_depth > 0) _depth--; }
    }

    private ScriptExpression ParseUnaryCore()
    {
        var token = Current;
        UnaryOperator? op = token.Kind switch
        {
            TokenKind.Exclamation => UnaryOperator.Not,
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.DoublePlus => UnaryOperator.PreIncrement,
            TokenKind.DoubleMinus => UnaryOperator.PreDecrement,
            _ => null,
        };
        if (op is null && token.Kind is not (TokenKind.Caret or TokenKind.At)) return ParsePostfix();
        Next();
        if (!CanStartExpression(Current))
            throw Error(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{Current.Describe()}` in: <operator> <expression>");
        var operand = ParseUnary();
        var span = Span(token);
        if (token.Kind == TokenKind.Caret) return new ExpandExpression(operand) { Span = span };
        if (token.Kind == TokenKind.At) return new FunctionPointerExpression(operand) { Span = span };
        if (op == UnaryOperator.Negate && operand is LiteralExpression { Value: var number } && NumberParser.TryNegate(number, out var negated))
            return new LiteralExpression(negated) { Span = span };
        return new UnaryExpression(op!.Value, operand) { Span = span };
    }

    private ScriptExpression ParsePostfix()
    {
        var expression = ParsePrimary();
        while (true)
        {
            var token = Current;
            if (token.Kind is TokenKind.Dot or TokenKind.QuestionDot)
            {
                Next();
                if (Current.Kind != TokenKind.Identifier)
                    throw Error(Current, $"Invalid token `{Current.Describe()}`. Expecting a member name after `{token.Describe()}`");
                expression = new MemberExpression(expression, Current.Value!, token.Kind == TokenKind.QuestionDot) { Span = Span(Current) };
                Next();
            }
            else if (token.Kind == TokenKind.OpenBracket && !token.SpaceBefore) expression = ParseIndexer(expression);
            else if (token.Kind == TokenKind.OpenParen && !token.SpaceBefore && IsCallTarget(expression)) expression = ParseParenthesizedCall(expression);
            else if (token.Kind is TokenKind.DoublePlus or TokenKind.DoubleMinus && !token.SpaceBefore)
            {
                Next();
                var op = token.Kind == TokenKind.DoublePlus ? UnaryOperator.PostIncrement : UnaryOperator.PostDecrement;
                return new UnaryExpression(op, expression) { Span = Span(token) };
            }
            else break;
        }
        if (_inArguments || !CanStartArgument(Current)) return expression;
        if (IsCallTarget(expression) || (_pipeTarget && expression is ParenthesizedExpression) || IsLiteralCallTarget(expression))
            return ParseCall(expression);
        return expression;
    }

    private ScriptExpression ParseIndexer(ScriptExpression target)
    {
        var open = Current;
        Next();
        SkipNewLines();
        if (!CanStartExpression(Current))
        {
            Log(Span(Current), $"Error while parsing indexer expression: Expecting <index_expression> instead of `{Current.Describe()}` in: <expression>[<index_expression>]");
            throw Error(Current, $"Unexpected `{Current.Describe()}`. Expecting ']'");
        }
        var index = ParseNested(ParseExpression);
        SkipNewLines();
        if (Current.Kind != TokenKind.CloseBracket) throw Error(Current, $"Unexpected `{Current.Describe()}`. Expecting ']'");
        Next();
        return new IndexerExpression(target, index) { Span = target.Span };
    }

    private static bool CanStartExpression(Token token) => token.Kind is TokenKind.Identifier or TokenKind.Local
        or TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.InterpStart or TokenKind.OpenParen
        or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.Exclamation or TokenKind.Minus or TokenKind.Plus
        or TokenKind.DoublePlus or TokenKind.DoubleMinus or TokenKind.Caret or TokenKind.At;

    /// <summary>Parses inside brackets, where calls and assignments follow the rules of a fresh expression.</summary>
    private T ParseNested<T>(Func<T> parse)
    {
        var (arguments, header, pipeTarget) = (_inArguments, _inForHeader, _pipeTarget);
        _inArguments = false;
        _inForHeader = false;
        _pipeTarget = false;
        _nesting++;
        try { return parse(); }
        finally
        {
            _nesting--;
            (_inArguments, _inForHeader, _pipeTarget) = (arguments, header, pipeTarget);
        }
    }
}
