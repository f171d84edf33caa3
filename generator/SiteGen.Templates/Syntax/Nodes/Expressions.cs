namespace SiteGen.Templates.Syntax;

public sealed partial class LiteralExpression(object? value) : ScriptExpression
{
    public object? Value { get; } = value;
}

/// <summary><c>$"a {b} c"</c>: literal parts and expressions, concatenated as text.</summary>
public sealed partial class InterpolatedStringExpression(IReadOnlyList<ScriptExpression> parts) : ScriptExpression
{
    public IReadOnlyList<ScriptExpression> Parts { get; } = parts;
}

/// <summary>A global (<c>name</c>) or local (<c>$name</c>, <c>$</c>, <c>$0</c>, <c>$$</c>) variable.</summary>
public sealed partial class VariableExpression(string name, bool isLocal) : ScriptExpression
{
    public string Name { get; } = name;
    public bool IsLocal { get; } = isLocal;
    /// <summary>For <c>$0</c>..<c>$n</c>: the argument index; otherwise -1.</summary>
    public int ArgumentIndex { get; } = isLocal && name.Length > 1 && name.Skip(1).All(char.IsAsciiDigit) ? int.Parse(name.AsSpan(1)) : -1;
    internal override string Describe() => $"{Name}/variable";
}

public sealed partial class ThisExpression : ScriptExpression;

/// <summary><c>for.index</c>, <c>while.first</c>, <c>tablerow.col</c>, ...</summary>
public sealed partial class LoopVariableExpression(string loop, string member) : ScriptExpression
{
    public string Loop { get; } = loop;
    public string Member { get; } = member;
}

public sealed partial class MemberExpression(ScriptExpression target, string name, bool optional) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
    public string Name { get; } = name;
    /// <summary><c>a?.b</c>: a null target gives null instead of an error.</summary>
    public bool Optional { get; } = optional;
}

public sealed partial class IndexerExpression(ScriptExpression target, ScriptExpression index) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
    public ScriptExpression Index { get; } = index;
}

public sealed partial class ArrayLiteralExpression(IReadOnlyList<ScriptExpression> items) : ScriptExpression
{
    public IReadOnlyList<ScriptExpression> Items { get; } = items;
}

public sealed partial class ObjectLiteralExpression(IReadOnlyList<KeyValuePair<string, ScriptExpression>> members) : ScriptExpression
{
    public IReadOnlyList<KeyValuePair<string, ScriptExpression>> Members { get; } = members;
}

public sealed partial class ParenthesizedExpression(ScriptExpression inner) : ScriptExpression
{
    public ScriptExpression Inner { get; } = inner;
    internal override string Describe() => "(" + Inner.Describe().Split('/')[0] + ")/nested expression";
}

public sealed partial class ConditionalExpression(ScriptExpression condition, ScriptExpression whenTrue, ScriptExpression whenFalse) : ScriptExpression
{
    public ScriptExpression Condition { get; } = condition;
    public ScriptExpression WhenTrue { get; } = whenTrue;
    public ScriptExpression WhenFalse { get; } = whenFalse;
}

/// <summary><c>@expr</c>: the value of expr without calling it when it is a function.</summary>
public sealed partial class FunctionPointerExpression(ScriptExpression target) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
}

/// <summary><c>^expr</c>: an array spread into the arguments of a call.</summary>
public sealed partial class ExpandExpression(ScriptExpression target) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
}
