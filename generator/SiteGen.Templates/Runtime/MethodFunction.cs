using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// A .NET method made callable from templates. A leading <see cref="TemplateContext"/> and then
/// <see cref="SourceSpan"/> parameter are injected; C# defaults make parameters optional; a final
/// <c>params</c> array takes the remaining arguments. The analysis is done once per method.
/// </summary>
public sealed class MethodFunction : IScriptFunction, IOutputWriterFunction
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodFunction> StaticCache = new();

    private readonly Func<object?[], SourceSpan, object?> _invoke;
    private readonly Func<object?[], SourceSpan, object?>? _write;
    private readonly bool _takesContext;
    private readonly bool _takesSpan;
    private readonly ParameterInfo[] _visible;
    // Reading ParameterInfo.DefaultValue allocates on every access, so defaults are read once.
    private readonly object?[] _defaults;
    // The declared types without Nullable: Nullable.GetUnderlyingType allocates, so it is asked once.
    private readonly Type[] _plainTypes;
    private readonly Type? _paramsElement;

    private MethodFunction(MethodInfo method, object? target, string name)
    {
        Name = name;
        var all = method.GetParameters();
        var skip = 0;
        if (all.Length > skip && all[skip].ParameterType == typeof(TemplateContext)) { _takesContext = true; skip++; }
        if (all.Length > skip && all[skip].ParameterType == typeof(SourceSpan)) { _takesSpan = true; skip++; }
        var spanIndex = _takesSpan ? skip - 1 : -1;
        _invoke = MethodInvoker.OnFirstCall(method, target, spanIndex);
        _write = StreamingForm(method, target, spanIndex);
        _visible = all[skip..];
        _defaults = _visible.Select(DefaultOf).ToArray();
        _plainTypes = _visible.Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).ToArray();
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

    public object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments) =>
        Call(_invoke, null, context, callSite, arguments);

    bool IOutputWriterFunction.CanWrite => _write is not null;

    void IOutputWriterFunction.Write(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, StringBuilder output) =>
        Call(_write!, output, context, callSite, arguments);

    /// <summary>Converts the arguments and calls; a streaming form gets the output as its first argument.</summary>
    private object? Call(Func<object?[], SourceSpan, object?> invoke, StringBuilder? output, TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments)
    {
        CheckArgumentCount(callSite, arguments.Count, Name);
        var lead = output is null ? 0 : 1;
        var offset = lead + (_takesContext ? 1 : 0) + (_takesSpan ? 1 : 0);
        var values = RentValues(offset + _visible.Length);
        if (output is not null) values[0] = output;
        if (_takesContext) values[lead] = context;
        var fixedCount = _paramsElement is null ? _visible.Length : _visible.Length - 1;
        for (var i = 0; i < fixedCount; i++)
        {
            var argument = i < arguments.Count ? arguments[i] : MissingArgument.Instance;
            values[offset + i] = argument switch
            {
                MissingArgument => _defaults[i],
                // Already of the declared type: what ValueConverter would return, without its checks.
                not (null or EmptyValue) when _plainTypes[i].IsInstanceOfType(argument) => argument,
                _ => ValueConverter.Convert(context, callSite, argument, _visible[i].ParameterType),
            };
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
            return invoke(values, callSite);
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

    private static Func<object?[], SourceSpan, object?>? StreamingForm(MethodInfo method, object? target, int spanIndex)
    {
        var name = method.GetCustomAttribute<WritesToAttribute>()?.MethodName;
        if (name is null) return null;
        var expected = method.GetParameters().Select(p => p.ParameterType).Prepend(typeof(StringBuilder)).ToArray();
        var writer = method.DeclaringType!.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, expected)
            ?? throw new InvalidOperationException($"{method.DeclaringType.Name}.{name} must take a StringBuilder and then the parameters of {method.Name}");
        return MethodInvoker.OnFirstCall(writer, target, spanIndex < 0 ? -1 : spanIndex + 1);
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
