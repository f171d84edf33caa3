using System.Linq.Expressions;
using System.Reflection;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// Compiles a method into a delegate taking its arguments as an object array, so that calls from
/// templates cost a delegate call instead of a reflection invoke. The call site's span, when the
/// method takes it (at <c>spanIndex</c>), is passed on its own so it is never boxed.
/// </summary>
internal static class MethodInvoker
{
    /// <summary>
    /// A delegate that compiles the method on its first call. A template set imports hundreds of builtins
    /// and a site's pages call a few dozen of them: compiling each up front cost a build a JIT compilation
    /// per builtin, about a fifth of a small site's whole build.
    /// </summary>
    public static Func<object?[], SourceSpan, object?> OnFirstCall(MethodInfo method, object? target, int spanIndex)
    {
        Func<object?[], SourceSpan, object?>? compiled = null;
        // Two threads may both compile on a first call; either result is the same function.
        return (values, span) => (compiled ??= Compile(method, target, spanIndex))(values, span);
    }

    public static Func<object?[], SourceSpan, object?> Compile(MethodInfo method, object? target, int spanIndex)
    {
        var parameters = method.GetParameters();
        // A native executable cannot compile code at run time: Expression.Compile would give an interpreted
        // lambda, slower than the reflection invoke that native code has precompiled stubs for.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled
            || parameters.Any(p => p.ParameterType.IsByRef) || method.ContainsGenericParameters)
            return (values, span) =>
            {
                if (spanIndex >= 0) values[spanIndex] = span;
                return Reflect(method, target, values);
            };
        var values = Expression.Parameter(typeof(object?[]), "values");
        var callSite = Expression.Parameter(typeof(SourceSpan), "span");
        var arguments = parameters.Select((p, i) => i == spanIndex
            ? callSite
            : (Expression)Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.ParameterType));
        var instance = method.IsStatic ? null : Expression.Constant(target, method.DeclaringType!);
        Expression call = Expression.Call(instance, method, arguments);
        call = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?[], SourceSpan, object?>>(call, values, callSite).Compile();
    }

    private static object? Reflect(MethodInfo method, object? target, object?[] values)
    {
        try { return method.Invoke(target, values); }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerException).Throw();
            throw;
        }
    }
}
