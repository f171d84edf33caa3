namespace SiteGen.Templates.Syntax;

// `for`, `tablerow` and `while` loops.
internal sealed partial class Parser
{
    private ForStatement ParseFor(bool tableRow)
    {
        var keyword = tableRow ? "tablerow" : "for";
        var syntax = $"{keyword} <variable> in <expression> ... end";
        var token = Current;
        Next();
        if (Current.Kind is not (TokenKind.Identifier or TokenKind.Local))
            throw Error(token, $"Error while parsing {keyword} statement: Expecting a variable instead of `{Current.Describe()}` in: {syntax}");
        var variable = new VariableExpression(Current.Value!, Current.Kind == TokenKind.Local) { Span = Span(Current) };
        Next();
        if (!IsIdentifier("in"))
            throw Error(token, $"Error while parsing {keyword} statement: Expecting 'in' word instead of `{Current.Describe()}` in: {syntax}");
        Next();
        _inForHeader = true;
        ScriptExpression iterable;
        try { iterable = ParseHeaderExpression(keyword, syntax); }
        finally { _inForHeader = false; }
        ScriptExpression? offset = null, limit = null, columns = null;
        var reversed = false;
        while (Current.Kind == TokenKind.Identifier && Current.Value is "offset" or "limit" or "reversed" or "cols")
        {
            var option = Current.Value;
            Next();
            if (option == "reversed") { reversed = true; continue; }
            if (Current.Kind != TokenKind.Colon) throw Error(Current, $"Expecting `:` after the `{option}` parameter of the {keyword} statement");
            Next();
            var value = ParseUnary();
            if (option == "offset") offset = value;
            else if (option == "limit") limit = value;
            else columns = value;
        }
        ExpectStatementEnd();
        _loopDepth++;
        BlockStatement body;
        string? terminator;
        try { body = ParseBody(keyword, syntax, out terminator); }
        finally { _loopDepth--; }
        BlockStatement? otherwise = null;
        if (terminator == "else")
        {
            Next();
            ExpectStatementEnd();
            otherwise = ParseBody(keyword, syntax, out terminator);
            if (terminator != "end") throw Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
        }
        ExpectEnd();
        return new ForStatement
        {
            Span = Span(token), Variable = variable, Iterable = iterable, Offset = offset, Limit = limit, Columns = columns,
            Reversed = reversed, IsTableRow = tableRow, Body = body, Otherwise = otherwise,
        };
    }

    private WhileStatement ParseWhile()
    {
        const string syntax = "while <expression> ... end";
        var token = Current;
        Next();
        var condition = ParseHeaderExpression("while", syntax);
        ExpectStatementEnd();
        _loopDepth++;
        try
        {
            var body = ParseBody("while", syntax, out var terminator);
            if (terminator != "end") throw Error(Current, "A else condition must be preceded by another if/else/when condition or a for loop.");
            ExpectEnd();
            return new WhileStatement(condition, body) { Span = Span(token) };
        }
        finally { _loopDepth--; }
    }
}
