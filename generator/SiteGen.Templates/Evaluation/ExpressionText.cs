using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Evaluation;

/// <summary>Writes an expression back as source-like text (<c>x.y</c>, <c>x[0]</c>) for error messages.</summary>
internal static class ExpressionText
{
    public static string Of(ScriptExpression expression) => expression switch
    {
        VariableExpression v => v.Name,
        MemberExpression m => Of(m.Target) + (m.Optional ? "?." : ".") + m.Name,
        IndexerExpression i => Of(i.Target) + "[" + Of(i.Index) + "]",
        LiteralExpression { Value: null } => "null",
        LiteralExpression { Value: string s } => "'" + s + "'",
        LiteralExpression { Value: bool b } => b ? "true" : "false",
        LiteralExpression l => Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ThisExpression => "this",
        LoopVariableExpression loop => loop.Loop + "." + loop.Member,
        ParenthesizedExpression p => "(" + Of(p.Inner) + ")",
        CallExpression c => c.TargetText,
        _ => expression.Describe(),
    };
}
