using System.Collections.Concurrent;
using System.Reflection;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// A .NET method made callable from templates. A leading <see cref="TemplateContext"/> and then
/// <see cref="SourceSpan"/> parameter are injected; C# defaults make parameters optional; a final
/// <c>params</c> array takes the remaining arguments. The analysis is done once per method.
/// </summary>
public sealed class MethodFunction : IScriptFunction
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodFunction> StaticCache = new();

    private readonly Func<object?[], object?> _invoke;
    private readonly bool _takesContext;
    private readonly bool _takesSpan;
    private readonly ParameterInfo[] _visible;
    private readonly Type? _paramsElement;

    private MethodFunction(MethodInfo method, object? target, string name)
    {
        _invoke = MethodInvoker.Compile(method, target);
        Name = name;
        var all = method.GetParameters();
        var skip = 0;
        if (all.Length > skip && all[skip].ParameterType == typeof(TemplateContext)) { _takesContext = true; skip++; }
        if (all.Length > skip && all[skip].ParameterType == typeof(SourceSpan)) { _takesSpan = true; skip++; }
        _visible = all[skip..];
        if (_visible.Length > 0 && _visible[^1].IsDefined(typeof(ParamArrayAttribute))) _paramsElement = _visible[^1].ParameterType.GetElementType();
        Parameters = _visible.Select((p, i) => new ScriptParameter(
            p.Name ?? $"arg{i}", p.HasDefaultValue, p.HasDefaultValue ? p.DefaultValue : null,
            IsParams: _paramsElement is not null && i == _visible.Length - 1)).ToArray();
        RequiredCount = _visible.Count(p => !p.HasDefaultValue) - (_paramsElement is null ? 0 : 1);
        MaxCount = _paramsElement is null ? _visible.Length : int.MaxValue;
    }

    /// <summary>The name templates call it by.</summary>
    public string Name { get; }

    public IReadOnlyList<ScriptParameter> Parameters { get; }

    public int RequiredCount { get; }

    public int MaxCount { get; }

    /// <summary>The shared function for a static method (cached: binding happens once per method).</summary>
    public static MethodFunction ForStatic(MethodInfo method) =>
        StaticCache.GetOrAdd(method, static m => new MethodFunction(m, null, StandardMemberRenamer.Rename(m)));

    public static MethodFunction ForDelegate(string name, Delegate function) => new(function.Method, function.Target, name);

    /// <summary>Checks the argument count, with Scriban's message naming the function as the template wrote it.</summary>
    public void CheckArgumentCount(SourceSpan span, int count, string calledAs)
    {
        if (count >= RequiredCount && count <= MaxCount) return;
        var expected = count < RequiredCount ? RequiredCount : MaxCount;
        throw new ScriptRuntimeException(span, $"Invalid number of arguments `{count}` passed to `{calledAs}` while expecting `{expected}` arguments");
    }

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        CheckArgumentCount(callSite, arguments.Count, Name);
        var offset = (_takesContext ? 1 : 0) + (_takesSpan ? 1 : 0);
        var values = RentValues(offset + _visible.Length);
        if (_takesContext) values[0] = context;
        if (_takesSpan) values[offset - 1] = callSite;
        var fixedCount = _paramsElement is null ? _visible.Length : _visible.Length - 1;
        for (var i = 0; i < fixedCount; i++)
        {
            var parameter = _visible[i];
            values[offset + i] = i < arguments.Count && arguments[i] is not MissingArgument
                ? ValueConverter.Convert(context, callSite, arguments[i], parameter.ParameterType)
                : DefaultOf(parameter);
        }
        if (_paramsElement is not null)
        {
            var rest = Math.Max(0, arguments.Count - fixedCount);
            var array = Array.CreateInstance(_paramsElement, rest);
            for (var i = 0; i < rest; i++) array.SetValue(ValueConverter.Convert(context, callSite, arguments[fixedCount + i], _paramsElement), i);
            values[^1] = array;
        }
        try
        {
            return _invoke(values);
        }
        catch (Exception error) when (error is not ScriptRuntimeException)
        {
            // A host or builtin function failed: report it at the call in the template.
            throw new ScriptRuntimeException(callSite, error.Message, error);
        }
        finally
        {
            ReturnValues(values);
        }
    }

    // Reflection needs an argument array per call; a small per-thread pool keeps calls from allocating one.
    [ThreadStatic] private static Stack<object?[]>[]? _valuePools;

    private static object?[] RentValues(int length)
    {
        if (length >= 8) return new object?[length];
        var pools = _valuePools ??= CreatePools();
        return pools[length].Count > 0 ? pools[length].Pop() : new object?[length];
    }

    private static void ReturnValues(object?[] values)
    {
        if (values.Length >= 8) return;
        Array.Clear(values);
        (_valuePools ??= CreatePools())[values.Length].Push(values);
    }

    private static Stack<object?[]>[] CreatePools() => Enumerable.Range(0, 8).Select(_ => new Stack<object?[]>()).ToArray();

    private static object? DefaultOf(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue && parameter.DefaultValue is not DBNull and not System.Reflection.Missing) return parameter.DefaultValue;
        var type = parameter.ParameterType;
        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }
}

/// <summary>Marks a parameter skipped by named arguments, so the callee uses its default.</summary>
public sealed class MissingArgument
{
    public static readonly MissingArgument Instance = new();

    private MissingArgument() { }
}
