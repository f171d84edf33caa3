namespace SiteGen.Templates.Syntax;

// Calls: `f a b name: c` (arguments separated by spaces) and `f(a, b)`.
internal sealed partial class Parser
{
    /// <summary>`null 1 2` and `1 1 2` parse as calls so that they fail as calls, as in Scriban.</summary>
    private bool IsLiteralCallTarget(ScriptExpression expression) =>
        expression is LiteralExpression { Value: null or int or long or double } && Current.Kind is TokenKind.Integer or TokenKind.Float or TokenKind.String;

    private static bool IsCallTarget(ScriptExpression expression) =>
        expression is VariableExpression or MemberExpression or IndexerExpression;

    private ScriptExpression ParseCall(ScriptExpression target)
    {
        var arguments = new List<CallArgument>();
        var saved = _inArguments;
        _inArguments = true;
        try
        {
            while (CanStartArgument(Current))
            {
                if (Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.Colon)
                {
                    var name = Current.Value!;
                    Next();
                    Next();
                    if (!CanStartExpression(Current))
                        throw Error(Current, $"Expecting an expression for the named argument `{name}` instead of `{Current.Describe()}`");
                    arguments.Add(new CallArgument(name, ParseUnary()));
                }
                else arguments.Add(new CallArgument(null, ParseUnary()));
            }
        }
        finally { _inArguments = saved; }
        return new CallExpression(target, arguments, TargetText(target)) { Span = target.Span };
    }

    /// <summary><c>f(a, b, name: c)</c>: a call with its arguments in parentheses.</summary>
    private ScriptExpression ParseParenthesizedCall(ScriptExpression target)
    {
        Next();
        var arguments = ParseNested(() =>
        {
            var list = new List<CallArgument>();
            SkipNewLines();
            while (Current.Kind != TokenKind.CloseParen)
            {
                if (list.Count > 0)
                {
                    if (Current.Kind != TokenKind.Comma) throw Error(Current, $"Invalid token `{Current.Describe()}`. Expecting a `,` or a closing `)`.");
                    Next();
                    SkipNewLines();
                }
                if (Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.Colon)
                {
                    var name = Current.Value!;
                    Next();
                    Next();
                    list.Add(new CallArgument(name, ParseExpression()));
                }
                else list.Add(new CallArgument(null, ParseExpression()));
                SkipNewLines();
            }
            return list;
        });
        Next();
        return new CallExpression(target, arguments, TargetText(target)) { Span = target.Span, IsParenthesized = true };
    }

    private static string TargetText(ScriptExpression target) => target switch
    {
        VariableExpression v => v.Name,
        MemberExpression m => TargetText(m.Target) + "." + m.Name,
        IndexerExpression i => TargetText(i.Target) + "[...]",
        _ => target.Describe(),
    };

    private static readonly HashSet<string> ForOptions = ["offset", "limit", "reversed", "cols"];

    private bool CanStartArgument(Token token) => token.Kind switch
    {
        TokenKind.Identifier => !StatementKeywords.Contains(token.Value!) && token.Value != "in"
            && !(_inForHeader && ForOptions.Contains(token.Value!)),
        TokenKind.Local or TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.InterpStart
            or TokenKind.OpenBrace or TokenKind.At or TokenKind.Caret or TokenKind.OpenParen => true,
        TokenKind.OpenBracket => token.SpaceBefore,
        TokenKind.Minus => token.SpaceBefore && !PeekToken().SpaceBefore && PeekToken().Kind is TokenKind.Integer or TokenKind.Float or TokenKind.Identifier or TokenKind.Local or TokenKind.OpenParen,
        _ => false,
    };
}
