using System.Collections;
using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class CallExpression
{
    internal override object? Evaluate(TemplateContext context) => Invoke(context, piped: false, null);

    /// <summary>Runs the call as a statement: an <c>include</c> writes straight to the output; anything else prints its value.</summary>
    internal void Write(TemplateContext context)
    {
        var function = ResolveFunction(context, Target, TargetText);
        if (function is not Loading.IncludeFunctions include || HasNamedArguments)
        {
            WriteResolved(context, function, piped: false, null, null);
            return;
        }
        var arguments = context.RentList();
        try
        {
            CollectArguments(context, arguments, null);
            context.EnterCall(Span, TargetText);
            try
            {
                if (!include.TryWriteInPlace(context, Span, arguments))
                    context.WriteValue(include.Invoke(context, Span, arguments));
            }
            finally { context.ExitCall(); }
        }
        finally { context.ReturnList(arguments); }
    }


    /// <summary>Calls the target; a piped value goes first, before the written arguments.</summary>
    internal object? Invoke(TemplateContext context, bool piped, object? pipedValue, IEnumerable? spreadFirst = null)
    {
        var function = ResolveFunction(context, Target, TargetText);
        return CallResolved(context, function, piped, pipedValue, spreadFirst);
    }

    /// <summary>Calls the target and prints its value (streamed when the function can write directly).</summary>
    internal void WriteInvoke(TemplateContext context, bool piped, object? pipedValue, IEnumerable? spreadFirst = null)
    {
        var function = ResolveFunction(context, Target, TargetText);
        WriteResolved(context, function, piped, pipedValue, spreadFirst);
    }

    private void WriteResolved(TemplateContext context, IScriptFunction function, bool piped, object? pipedValue, IEnumerable? spreadFirst)
    {
        var arguments = context.RentList();
        try
        {
            var named = CollectArguments(context, arguments, piped, pipedValue, spreadFirst);
            context.WriteCall(Span, function, arguments, named, TargetText);
        }
        finally { context.ReturnList(arguments); }
    }

    private object? CallResolved(TemplateContext context, IScriptFunction function, bool piped, object? pipedValue, IEnumerable? spreadFirst)
    {
        var arguments = context.RentList();
        try
        {
            var named = CollectArguments(context, arguments, piped, pipedValue, spreadFirst);
            return context.CallFunction(Span, function, arguments, named, TargetText);
        }
        finally { context.ReturnList(arguments); }
    }

    /// <summary>Puts the piped value or spread list first, then the written arguments.</summary>
    private List<KeyValuePair<string, object?>>? CollectArguments(TemplateContext context, List<object?> arguments, bool piped, object? pipedValue, IEnumerable? spreadFirst)
    {
        if (piped) arguments.Add(pipedValue);
        if (spreadFirst is not null) foreach (var item in spreadFirst) arguments.Add(item);
        return CollectArguments(context, arguments, null);
    }

    private List<KeyValuePair<string, object?>>? CollectArguments(TemplateContext context, List<object?> arguments, List<KeyValuePair<string, object?>>? named)
    {
        // Indexed loops: foreach over an IReadOnlyList boxes its enumerator on every call.
        for (var i = 0; i < Arguments.Count; i++)
        {
            var argument = Arguments[i];
            if (argument.Name is not null)
                (named ??= new()).Add(new(argument.Name, argument.Value.Evaluate(context)));
            else if (argument.Value is ExpandExpression expand)
            {
                var spread = expand.Target.Evaluate(context);
                if (spread is IEnumerable items and not string) foreach (var item in items) arguments.Add(item);
                else arguments.Add(spread);
            }
            else arguments.Add(argument.Value.Evaluate(context));
        }
        return named;
    }

    internal static IScriptFunction ResolveFunction(TemplateContext context, ScriptExpression target, string text)
    {
        var value = target.EvaluateRaw(context);
        return value switch
        {
            IScriptFunction function => function,
            null => throw new ScriptRuntimeException(target.Span, $"The function `{text}` was not found"),
            _ => throw new ScriptRuntimeException(target.Span, $"Invalid target function `{context.ObjectToString(value)}` ({ScriptValue.TypeName(value)})"),
        };
    }
}

public sealed partial class PipeExpression
{
    private string? _targetText;

    internal override object? Evaluate(TemplateContext context) => Run(context, write: false);

    /// <summary>Runs the pipe as a statement: its last stage prints its value, streamed when it can be.</summary>
    internal void Write(TemplateContext context) => Run(context, write: true);

    private object? Run(TemplateContext context, bool write)
    {
        var value = From.Evaluate(context);
        // `^list | f` spreads the list into the arguments instead of passing it as one.
        var spread = From is ExpandExpression && value is IEnumerable items and not string ? items : null;
        switch (To)
        {
            case CallExpression call when write:
                if (spread is null) call.WriteInvoke(context, piped: true, value);
                else call.WriteInvoke(context, piped: false, null, spread);
                return null;
            case CallExpression call:
                return spread is null ? call.Invoke(context, piped: true, value) : call.Invoke(context, piped: false, null, spread);
            case VariableExpression or MemberExpression or IndexerExpression:
                var function = To.EvaluateRaw(context) as IScriptFunction
                    ?? throw new ScriptRuntimeException(To.Span, $"Pipe expression destination `{ExpressionText.Of(To)}` is not a valid function ");
                var arguments = context.RentList();
                try
                {
                    if (spread is null) arguments.Add(value);
                    else foreach (var item in spread) arguments.Add(item);
                    var name = _targetText ??= ExpressionText.Of(To);
                    if (!write) return context.CallFunction(To.Span, function, arguments, null, name);
                    context.WriteCall(To.Span, function, arguments, null, name);
                    return null;
                }
                finally { context.ReturnList(arguments); }
            default:
                throw new ScriptRuntimeException(To.Span, $"Pipe expression destination `{ExpressionText.Of(To)}` is not a valid function ");
        }
    }
}
