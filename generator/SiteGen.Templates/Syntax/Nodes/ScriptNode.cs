namespace SiteGen.Templates.Syntax;

/// <summary>A node of the syntax tree. Trees are immutable once parsed, so one tree serves many renders.</summary>
public abstract class ScriptNode
{
    public SourceSpan Span { get; init; }
}

/// <summary>An expression: evaluates to a value.</summary>
public abstract partial class ScriptExpression : ScriptNode
{
    /// <summary>How the expression reads in messages (e.g. <c>x/variable</c>).</summary>
    internal virtual string Describe() => GetType().Name;
}

/// <summary>A statement: runs for its effect on the output and the context.</summary>
public abstract partial class ScriptStatement : ScriptNode;

/// <summary>An expression that can be the target of an assignment.</summary>
internal interface IAssignable
{
    void Assign(TemplateContext context, object? value);
}
