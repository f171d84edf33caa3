namespace SiteGen.Templates.Syntax;

/// <summary>An argument of a call; <see cref="Name"/> is set for <c>name: value</c>.</summary>
public sealed record CallArgument(string? Name, ScriptExpression Value);

/// <summary><c>target arg1 arg2 name: value</c>.</summary>
public sealed partial class CallExpression(ScriptExpression target, IReadOnlyList<CallArgument> arguments, string targetText) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
    public IReadOnlyList<CallArgument> Arguments { get; } = arguments;
    internal bool HasNamedArguments { get; } = arguments.Any(a => a.Name is not null);
    /// <summary>The callee as written (<c>array.cycle</c>), for messages.</summary>
    public string TargetText { get; } = targetText;
    /// <summary>Written <c>f(a, b)</c> rather than <c>f a b</c>.</summary>
    public bool IsParenthesized { get; init; }
}

/// <summary><c>value | target args</c>: value becomes the first argument of the call on the right.</summary>
public sealed partial class PipeExpression(ScriptExpression from, ScriptExpression to) : ScriptExpression
{
    public ScriptExpression From { get; } = from;
    public ScriptExpression To { get; } = to;
}

/// <summary>A parameter of a parametric function: <c>a</c>, <c>b = 1</c> or <c>c...</c>.</summary>
public sealed record FunctionParameter(string Name, ScriptExpression? Default, bool IsVariadic);

/// <summary>
/// A function written in a template: <c>func f ... end</c> (classic, arguments in <c>$</c>),
/// <c>func f(a, b = 1) ... end</c> (parametric), <c>do ... end</c> or <c>@(...)</c>.
/// </summary>
public sealed partial class FunctionExpression(string name, IReadOnlyList<FunctionParameter>? parameters, ScriptStatement body) : ScriptExpression
{
    public string Name { get; } = name;
    /// <summary>Null for a classic function, which takes any arguments through <c>$</c>.</summary>
    public IReadOnlyList<FunctionParameter>? Parameters { get; } = parameters;
    public ScriptStatement Body { get; } = body;
}
