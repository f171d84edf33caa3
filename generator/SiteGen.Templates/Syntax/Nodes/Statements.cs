namespace SiteGen.Templates.Syntax;

public sealed partial class BlockStatement(IReadOnlyList<ScriptStatement> statements) : ScriptStatement
{
    public IReadOnlyList<ScriptStatement> Statements { get; } = statements;
}

/// <summary>Text outside code blocks, or the content of an escape block.</summary>
public sealed partial class RawStatement(string text) : ScriptStatement
{
    public string Text { get; } = text;
}

/// <summary>An expression used as a statement: its value is written to the output unless it is an assignment.</summary>
public sealed partial class ExpressionStatement(ScriptExpression expression) : ScriptStatement
{
    public ScriptExpression Expression { get; } = expression;
}

public sealed partial class IfStatement(ScriptExpression condition, BlockStatement then, ScriptStatement? otherwise) : ScriptStatement
{
    public ScriptExpression Condition { get; } = condition;
    public BlockStatement Then { get; } = then;
    /// <summary>Another IfStatement for <c>else if</c>, a block for <c>else</c>, or null.</summary>
    public ScriptStatement? Otherwise { get; } = otherwise;
}

public sealed record WhenClause(IReadOnlyList<ScriptExpression> Values, BlockStatement Body);

public sealed partial class CaseStatement(ScriptExpression value, IReadOnlyList<WhenClause> whens, BlockStatement? otherwise) : ScriptStatement
{
    public ScriptExpression Value { get; } = value;
    public IReadOnlyList<WhenClause> Whens { get; } = whens;
    public BlockStatement? Otherwise { get; } = otherwise;
}

/// <summary><c>for</c> and <c>tablerow</c> loops with their <c>offset:</c>, <c>limit:</c>, <c>reversed</c> and <c>cols:</c> options.</summary>
public sealed partial class ForStatement : ScriptStatement
{
    public required VariableExpression Variable { get; init; }
    public required ScriptExpression Iterable { get; init; }
    public ScriptExpression? Offset { get; init; }
    public ScriptExpression? Limit { get; init; }
    public ScriptExpression? Columns { get; init; }
    public bool Reversed { get; init; }
    public bool IsTableRow { get; init; }
    public required BlockStatement Body { get; init; }
    public BlockStatement? Otherwise { get; init; }
}

public sealed partial class WhileStatement(ScriptExpression condition, BlockStatement body) : ScriptStatement
{
    public ScriptExpression Condition { get; } = condition;
    public BlockStatement Body { get; } = body;
}

public enum FlowKind { None, Break, Continue, Return }

/// <summary><c>break</c>, <c>continue</c> and <c>ret [value]</c>.</summary>
public sealed partial class FlowStatement(FlowKind kind, ScriptExpression? value) : ScriptStatement
{
    public FlowKind Kind { get; } = kind;
    public ScriptExpression? Value { get; } = value;
}

public sealed partial class CaptureStatement(ScriptExpression target, BlockStatement body) : ScriptStatement
{
    public ScriptExpression Target { get; } = target;
    public BlockStatement Body { get; } = body;
}

public sealed partial class WithStatement(ScriptExpression target, BlockStatement body) : ScriptStatement
{
    public ScriptExpression Target { get; } = target;
    public BlockStatement Body { get; } = body;
}

/// <summary><c>wrap f args ... end</c>: calls f with the body available to it as <c>$$</c>.</summary>
public sealed partial class WrapStatement(CallExpression call, BlockStatement body) : ScriptStatement
{
    public CallExpression Call { get; } = call;
    public BlockStatement Body { get; } = body;
}

public sealed partial class FunctionStatement(VariableExpression name, FunctionExpression function) : ScriptStatement
{
    public VariableExpression Name { get; } = name;
    public FunctionExpression Function { get; } = function;
}

public sealed partial class ReadOnlyStatement(VariableExpression variable) : ScriptStatement
{
    public VariableExpression Variable { get; } = variable;
}

public sealed partial class ImportStatement(ScriptExpression source) : ScriptStatement
{
    public ScriptExpression Source { get; } = source;
}
