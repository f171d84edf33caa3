using System.Collections;
using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class IndexerExpression : IAssignable
{
    internal override object? EvaluateRaw(TemplateContext context)
    {
        var target = Target.Evaluate(context)
            ?? throw new ScriptRuntimeException(Span, $"Object `{ExpressionText.Of(Target)}` is null. Cannot access indexer: {ExpressionText.Of(this)}");
        var index = Index.Evaluate(context)
            ?? throw new ScriptRuntimeException(Index.Span, $"Cannot access target `{ExpressionText.Of(Target)}` with a null indexer: {ExpressionText.Of(this)}");
        switch (target)
        {
            case string text when ScriptValue.IsInteger(index):
                var at = Position((int)NumberMath.ToLong(index), text.Length);
                return at >= 0 && at < text.Length ? text[at].ToString() : null;
            case IList list when ScriptValue.IsInteger(index):
                var position = Position((int)NumberMath.ToLong(index), list.Count);
                return position >= 0 && position < list.Count ? list[position] : null;
            case IEnumerable items and not string and not IDictionary and not ScriptObject when ScriptValue.IsInteger(index):
                return items.Cast<object?>().ElementAtOrDefault((int)NumberMath.ToLong(index));
        }
        if (ScriptValue.IsNumber(target) || target is bool)
            throw new ScriptRuntimeException(Span, $"Cannot use the {ScriptValue.TypeName(target)} primitive `{context.ObjectToString(target)}` as a list.");
        var key = context.ObjectToString(index);
        context.ObserveRead(target, key);
        if (MemberAccess.TryGet(target, key, context.MemberRenamer, out var value)) return value;
        if (context.StrictVariables)
            throw new ScriptRuntimeException(Index.Span, $"The member `{key}` was not found on `{ExpressionText.Of(Target)}`");
        return null;
    }

    internal override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateRaw(context);
        return value is IScriptFunction function ? context.CallFunction(Span, function, TemplateContext.NoArguments, null, _text ??= ExpressionText.Of(this)) : value;
    }

    private string? _text;

    private static int Position(int index, int count) => index < 0 ? count + index : index;

    public void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context)
            ?? throw new ScriptRuntimeException(Span, $"Object `{ExpressionText.Of(Target)}` is null. Cannot access indexer: {ExpressionText.Of(this)}");
        var index = Index.Evaluate(context)
            ?? throw new ScriptRuntimeException(Index.Span, $"Cannot access target `{ExpressionText.Of(Target)}` with a null indexer: {ExpressionText.Of(this)}");
        if (target is IList list && ScriptValue.IsInteger(index))
        {
            var position = Position((int)NumberMath.ToLong(index), list.Count);
            if (position < 0) throw new ScriptRuntimeException(Index.Span, $"Index `{index}` is out of the range of the list");
            if (list is ScriptArray array) while (array.Count <= position) array.Add(null);
            if (position >= list.Count) throw new ScriptRuntimeException(Index.Span, $"Index `{index}` is out of the range of the list");
            list[position] = value;
            return;
        }
        var key = context.ObjectToString(index);
        if (target is ScriptObject obj && obj.IsReadOnly(key))
            throw new ScriptRuntimeException(Index.Span, $"Cannot set a value for the readonly member `{key}` in the indexer: {ExpressionText.Of(this)}");
        if (!MemberAccess.TrySet(context, Span, target, key, value))
            throw new ScriptRuntimeException(Span, $"Cannot use the {ScriptValue.TypeName(target)} primitive `{context.ObjectToString(target)}` as a list.");
    }
}
