using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class BlockStatement
{
    internal override void Execute(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            try
            {
                statement.Execute(context);
            }
            catch (Exception error) when (error is not ScriptRuntimeException and not OutOfMemoryException)
            {
                // Whatever fails below a statement is still reported at a place in the template.
                throw new ScriptRuntimeException(statement.Span, error.Message, error);
            }
            if (context.Flow != FlowKind.None) return;
        }
    }
}

public sealed partial class RawStatement
{
    internal override void Execute(TemplateContext context) => context.Write(Text);
}

public sealed partial class ExpressionStatement
{
    internal override void Execute(TemplateContext context)
    {
        if (Expression is CallExpression call) { call.Write(context); return; }
        if (Expression is PipeExpression pipe) { pipe.Write(context); return; }
        var value = Expression.Evaluate(context);
        if (Expression is not AssignExpression) context.WriteValue(value);
    }
}

public sealed partial class IfStatement
{
    internal override void Execute(TemplateContext context)
    {
        if (ScriptValue.IsTruthy(Condition.Evaluate(context))) Then.Execute(context);
        else Otherwise?.Execute(context);
    }
}

public sealed partial class CaseStatement
{
    internal override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        for (var w = 0; w < Whens.Count; w++)
        {
            var when = Whens[w];
            for (var c = 0; c < when.Values.Count; c++)
            {
                if (!ScriptOperators.AreEqual(value, when.Values[c].Evaluate(context))) continue;
                when.Body.Execute(context);
                return;
            }
        }
        Otherwise?.Execute(context);
    }
}

public sealed partial class FlowStatement
{
    internal override void Execute(TemplateContext context)
    {
        if (Kind == FlowKind.Return) context.ReturnValue = Value?.Evaluate(context);
        context.Flow = Kind;
    }
}

public sealed partial class CaptureStatement
{
    internal override void Execute(TemplateContext context)
    {
        context.PushOutput();
        string text;
        try { Body.Execute(context); }
        finally { text = context.PopOutput(); }
        ((IAssignable)Target).Assign(context, text);
    }
}

public sealed partial class WithStatement
{
    internal override void Execute(TemplateContext context)
    {
        var target = Target.Evaluate(context) as ScriptObject
            ?? throw new ScriptRuntimeException(SyntaxText.StartOf(Target),
                $"Invalid target property `{Evaluation.ExpressionText.Of(Target)}` used for [with] statement. Must be a ScriptObject instead of `{ScriptValue.TypeName(Target.Evaluate(context))}`");
        context.PushGlobal(target);
        try { Body.Execute(context); }
        finally { context.PopGlobal(); }
    }
}

public sealed partial class WrapStatement
{
    internal override void Execute(TemplateContext context)
    {
        if (Call.Target is ParenthesizedExpression || Call.Target.EvaluateRaw(context) is not IScriptFunction)
            throw new ScriptRuntimeException(Call.Target.Span, $"Expecting a direct function instead of the expression `{Call.Target.Describe()}`");
        context.PendingWrapBody = Body;
        try
        {
            context.WriteValue(Call.Evaluate(context));
        }
        finally { context.PendingWrapBody = null; }
    }
}

public sealed partial class FunctionStatement
{
    internal override void Execute(TemplateContext context) => Name.Assign(context, Function);
}

public sealed partial class ReadOnlyStatement
{
    internal override void Execute(TemplateContext context) => context.SetReadOnly(Variable);
}

public sealed partial class ImportStatement
{
    internal override void Execute(TemplateContext context)
    {
        var source = Source.Evaluate(context);
        if (source is null) return;
        var scope = context.CurrentGlobal;
        context.ObserveRead(source, IRenderObserver.AllMembers);
        foreach (var (name, value) in MemberAccess.Members(source, context.MemberRenamer))
        {
            if (!scope.IsReadOnly(name)) scope.SetValue(name, value, readOnly: false);
        }
    }
}
