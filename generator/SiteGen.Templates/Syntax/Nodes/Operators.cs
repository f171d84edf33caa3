namespace SiteGen.Templates.Syntax;

public enum BinaryOperator
{
    Add, Subtract, Multiply, Divide, DivideRound, Modulus, Power, ShiftLeft, ShiftRight,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    And, Or, BitAnd, BitOr, EmptyCoalescing, NotEmptyCoalescing, RangeInclude, RangeExclude,
}

public enum UnaryOperator { Not, Negate, Plus, PreIncrement, PreDecrement, PostIncrement, PostDecrement }

public sealed partial class BinaryExpression(BinaryOperator op, ScriptExpression left, ScriptExpression right) : ScriptExpression
{
    public BinaryOperator Operator { get; } = op;
    public ScriptExpression Left { get; } = left;
    public ScriptExpression Right { get; } = right;
}

public sealed partial class UnaryExpression(UnaryOperator op, ScriptExpression operand) : ScriptExpression
{
    public UnaryOperator Operator { get; } = op;
    public ScriptExpression Operand { get; } = operand;
}

/// <summary><c>target = value</c> or a compound form (<c>+=</c>, ...); <see cref="Operator"/> is null for plain assignment.</summary>
public sealed partial class AssignExpression(ScriptExpression target, BinaryOperator? op, ScriptExpression value) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;
    public BinaryOperator? Operator { get; } = op;
    public ScriptExpression Value { get; } = value;
}
