using System.Collections;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class ForStatement
{
    internal override void Execute(TemplateContext context)
    {
        var items = Items(Iterable.Span, Iterable.Evaluate(context));
        var start = Offset is null ? 0 : Math.Max(0, ToInt(context, Offset));
        var count = Math.Max(0, items.Count - start);
        if (Limit is not null) count = Math.Min(count, Math.Max(0, ToInt(context, Limit)));
        if (count == 0)
        {
            Otherwise?.Execute(context);
            return;
        }
        var loop = context.PushLoop(IsTableRow ? "tablerow" : "for");
        loop.VariableName = Variable.Name;
        loop.VariableIsLocal = Variable.IsLocal;
        loop.Length = count;
        loop.Columns = Columns is null ? 0 : ToInt(context, Columns);
        try
        {
            object? previous = null;
            for (var i = 0; i < count; i++)
            {
                context.StepLoop(Span, loop);
                var position = Reversed ? start + count - 1 - i : start + i;
                if (position >= items.Count) break; // the body shortened the list it loops over
                var value = items[position];
                loop.Changed = i == 0 || !ScriptOperators.AreEqual(previous, value);
                loop.Value = value;
                loop.Index = i;
                previous = value;
                if (IsTableRow) WriteCellStart(context, loop);
                Body.Execute(context);
                if (IsTableRow) WriteCellEnd(context, loop);
                if (context.Flow == FlowKind.Continue) context.Flow = FlowKind.None;
                else if (context.Flow == FlowKind.Break) { context.Flow = FlowKind.None; break; }
                else if (context.Flow == FlowKind.Return) break;
            }
        }
        finally { context.PopLoop(); }
    }

    private static void WriteCellStart(TemplateContext context, Evaluation.LoopState loop)
    {
        var column = (int)loop.Member("col")!;
        if (column == 1) context.Write($"<tr class=\"row{loop.Member("row")}\">");
        context.Write($"<td class=\"col{column}\">");
    }

    private static void WriteCellEnd(TemplateContext context, Evaluation.LoopState loop)
    {
        context.Write("</td>");
        if ((int)loop.Member("col")! == Math.Max(1, loop.Columns) || loop.Index == loop.Length - 1) context.Write("</tr>" + context.NewLine);
    }

    private static int ToInt(TemplateContext context, ScriptExpression expression) =>
        (int)context.ToObject(expression.Span, expression.Evaluate(context), typeof(int))!;

    private static IList Items(SourceSpan span, object? value) => value switch
    {
        null => Array.Empty<object?>(),
        IList list => list,
        IEnumerable items when ScriptValue.IsEnumerable(value) => items.Cast<object?>().ToList(),
        _ => throw new ScriptRuntimeException(span, "Cannot iterate over a value that is not a list"),
    };
}

public sealed partial class WhileStatement
{
    internal override void Execute(TemplateContext context)
    {
        var loop = context.PushLoop("while");
        try
        {
            for (var i = 0; ScriptValue.IsTruthy(Condition.Evaluate(context)); i++)
            {
                context.StepLoop(Span, loop);
                loop.Index = i;
                Body.Execute(context);
                if (context.Flow == FlowKind.Continue) context.Flow = FlowKind.None;
                else if (context.Flow == FlowKind.Break) { context.Flow = FlowKind.None; break; }
                else if (context.Flow == FlowKind.Return) break;
            }
        }
        finally { context.PopLoop(); }
    }
}
