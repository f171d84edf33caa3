using SiteGen.Templates.Runtime;

namespace SiteGen.Templates.Syntax;

public sealed partial class FunctionExpression : IScriptFunction
{
    private IReadOnlyList<ScriptParameter>? _scriptParameters;

    IReadOnlyList<ScriptParameter> IScriptFunction.Parameters => _scriptParameters ??=
        Parameters?.Select(p => new ScriptParameter(p.Name, p.Default is not null, null, p.IsVariadic)).ToArray() ?? [];

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) =>
        Call(context, callSite, arguments, null);

    /// <summary>
    /// Runs the body in a new local frame. Classic functions see their arguments only through <c>$</c>;
    /// parametric ones also get a new global scope holding their parameters.
    /// </summary>
    internal object? Call(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, List<KeyValuePair<string, object?>>? named)
    {
        var scope = Parameters is null ? null : BindParameters(context, callSite, arguments, named);
        var frame = context.PushFrame();
        var args = frame.UseArguments(arguments);
        if (named is not null && Parameters is null) foreach (var (name, value) in named) args.Properties.SetValue(name, value, readOnly: false);
        frame.WrapBody = context.PendingWrapBody;
        context.PendingWrapBody = null;
        if (scope is not null) context.PushGlobal(scope);
        try
        {
            Body.Execute(context);
            var result = context.Flow == FlowKind.Return ? context.ReturnValue : null;
            context.Flow = FlowKind.None;
            context.ReturnValue = null;
            return result;
        }
        finally
        {
            if (scope is not null) context.PopGlobal();
            context.PopFrame();
        }
    }

    private ScriptObject BindParameters(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, List<KeyValuePair<string, object?>>? named)
    {
        var parameters = Parameters!;
        var scope = new ScriptObject(parameters.Count);
        var required = parameters.Count(p => p.Default is null && !p.IsVariadic);
        var hasVariadic = parameters.Count > 0 && parameters[^1].IsVariadic;
        var fixedCount = hasVariadic ? parameters.Count - 1 : parameters.Count;
        var given = arguments.Count + (named?.Count ?? 0);
        if (given < required || (!hasVariadic && arguments.Count > parameters.Count))
            throw new ScriptRuntimeException(callSite,
                $"Invalid number of arguments `{given}` passed to `{Name}` while expecting `{(given < required ? required : parameters.Count)}` arguments");
        for (var i = 0; i < fixedCount; i++)
        {
            var parameter = parameters[i];
            object? value = MissingArgument.Instance;
            if (i < arguments.Count) value = arguments[i];
            var namedValue = named?.FirstOrDefault(n => n.Key == parameter.Name);
            if (namedValue is { Key: not null }) value = namedValue.Value.Value;
            if (value is MissingArgument)
            {
                if (parameter.Default is null)
                    throw new ScriptRuntimeException(callSite, $"Missing argument `{parameter.Name}` in the call to `{Name}`");
                value = parameter.Default.Evaluate(context);
            }
            scope.SetValue(parameter.Name, value, readOnly: false);
        }
        if (hasVariadic)
        {
            var rest = new ScriptArray();
            for (var i = fixedCount; i < arguments.Count; i++) rest.Add(arguments[i]);
            scope.SetValue(parameters[^1].Name, rest, readOnly: false);
        }
        return scope;
    }
}
