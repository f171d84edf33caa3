namespace SiteGen.Templates.Syntax;

internal sealed partial class Parser
{
    private static readonly HashSet<string> ForMembers = ["index", "rindex", "first", "last", "even", "odd", "changed", "length", "col", "row"];
    private static readonly HashSet<string> WhileMembers = ["index", "first", "even", "odd"];

    private ScriptExpression ParsePrimary()
    {
        var token = Current;
        var span = Span(token);
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                Next();
                return new LiteralExpression(NumberParser.Parse(token.Value!, token.Kind == TokenKind.Float)) { Span = span };
            case TokenKind.String:
                Next();
                return new LiteralExpression(token.Value) { Span = span };
            case TokenKind.InterpStart:
                return ParseInterpolation();
            case TokenKind.Local:
                Next();
                return new VariableExpression(token.Value!, isLocal: true) { Span = span };
            case TokenKind.OpenParen:
                return ParseParenthesized();
            case TokenKind.OpenBracket:
                return ParseNested(ParseArrayLiteral);
            case TokenKind.OpenBrace:
                return ParseNested(ParseObjectLiteral);
            case TokenKind.Identifier:
                return ParseIdentifier();
        }
        throw Error(token, $"Unexpected token `{token.Describe()}` while parsing expression");
    }

    private ScriptExpression ParseIdentifier()
    {
        var token = Current;
        var span = Span(token);
        var name = token.Value!;
        Next();
        switch (name)
        {
            case "true": return new LiteralExpression(true) { Span = span };
            case "false": return new LiteralExpression(false) { Span = span };
            case "null": return new LiteralExpression(null) { Span = span };
            case "this": return new ThisExpression { Span = span };
            case "do": return ParseFunctionBody("", null, token, "do ... end", "anonymous function", headerEnd: false);
        }
        if (name is "for" or "while" or "tablerow" && Current.Kind == TokenKind.Dot && PeekToken().Kind == TokenKind.Identifier)
        {
            Next();
            var member = Current.Value!;
            var memberSpan = Span(Current);
            Next();
            var known = name == "while" ? WhileMembers : ForMembers;
            if (!known.Contains(member))
                throw new ParseException(span, name == "while"
                    ? $"The loop variable <{name}.{member}> is invalid"
                    : $"The loop variable <{name}.{member}> is not supported");
            return new LoopVariableExpression(name, member) { Span = memberSpan };
        }
        return new VariableExpression(name, isLocal: false) { Span = span };
    }

    private ScriptExpression ParseParenthesized()
    {
        var open = Current;
        Next();
        var inner = ParseNested(() =>
        {
            SkipNewLines();
            var expression = ParseExpression();
            SkipNewLines();
            return expression;
        });
        if (Current.Kind != TokenKind.CloseParen) throw Error(Current, $"Invalid token `{Current.Describe()}`. Expecting a closing `)`.");
        Next();
        return new ParenthesizedExpression(inner) { Span = Span(open) };
    }

    private ScriptExpression ParseInterpolation()
    {
        var start = Current;
        var parts = new List<ScriptExpression>();
        while (true)
        {
            var literal = Current;
            if (!string.IsNullOrEmpty(literal.Value)) parts.Add(new LiteralExpression(literal.Value) { Span = Span(literal) });
            Next();
            if (literal.Kind == TokenKind.InterpEnd) break;
            if (!CanStartExpression(Current))
                throw Error(Current, $"Unexpected token `{Current.Describe()}` while parsing expression");
            parts.Add(ParseNested(ParseExpression));
            if (Current.Kind is not (TokenKind.InterpMid or TokenKind.InterpEnd))
                throw Error(Current, $"Unexpected token `{Current.Describe()}` while parsing expression");
        }
        return new InterpolatedStringExpression(parts) { Span = Span(start) };
    }

    private ScriptExpression ParseArrayLiteral()
    {
        var open = Current;
        Next();
        SkipNewLines();
        var items = new List<ScriptExpression>();
        while (Current.Kind != TokenKind.CloseBracket)
        {
            if (!CanStartExpression(Current))
            {
                if (items.Count > 0)
                    Log(Span(Current), $"Error while parsing array initializer: Expecting <expression> instead of `{Current.Describe()}` in: [item1, item2,...]");
                throw Error(Current, $"Unexpected token found `{Current.Describe()}` while expecting `]`.");
            }
            items.Add(ParseExpression());
            SkipNewLines();
            if (Current.Kind == TokenKind.Comma)
            {
                Next();
                SkipNewLines();
            }
            else if (Current.Kind != TokenKind.CloseBracket)
                throw Error(Current, $"Unexpected token found `{Current.Describe()}` while expecting `]`.");
        }
        Next();
        return new ArrayLiteralExpression(items) { Span = Span(open) };
    }

    private ScriptExpression ParseObjectLiteral()
    {
        var open = Current;
        Next();
        SkipNewLines();
        var members = new List<KeyValuePair<string, ScriptExpression>>();
        while (Current.Kind != TokenKind.CloseBrace)
        {
            var key = Current;
            if (key.Kind is not (TokenKind.Identifier or TokenKind.String))
                throw Error(key, $"Unexpected token `{key.Describe()}` while parsing object initializer. Expecting a simple identifier for the member name.");
            Next();
            if (Current.Kind != TokenKind.Colon)
                throw Error(Current, $"Unexpected token `{Current.Describe()}` Expecting a colon : after identifier `{key.Value}` for object initializer member name");
            Next();
            SkipNewLines();
            if (!CanStartExpression(Current))
                throw Error(Current, $"Unexpected token `{Current.Describe()}`. Expecting an expression for the value of the member.");
            members.Add(new(key.Value!, ParseExpression()));
            SkipNewLines();
            if (Current.Kind == TokenKind.Comma)
            {
                Next();
                SkipNewLines();
            }
            else if (Current.Kind != TokenKind.CloseBrace)
                throw Error(Current, $"Unexpected token found `{Current.Describe()}` while expecting `}}`.");
        }
        Next();
        return new ObjectLiteralExpression(members) { Span = Span(open) };
    }
}
