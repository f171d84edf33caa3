namespace SiteGen.Templates.Syntax;

/// <summary>Where an expression starts in the source (its leftmost token), for errors about the whole expression.</summary>
internal static class SyntaxText
{
    public static SourceSpan StartOf(ScriptExpression expression) => expression switch
    {
        ParenthesizedExpression p => StartOf(p.Inner),
        BinaryExpression b => StartOf(b.Left),
        MemberExpression m => StartOf(m.Target),
        IndexerExpression i => StartOf(i.Target),
        CallExpression c => StartOf(c.Target),
        PipeExpression p => StartOf(p.From),
        AssignExpression a => StartOf(a.Target),
        ConditionalExpression c => StartOf(c.Condition),
        _ => expression.Span,
    };
}
