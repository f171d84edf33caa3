using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

public sealed partial class TemplateContext
{
    /// <summary>The argument list of a call without arguments; never modified.</summary>
    internal static readonly List<object?> NoArguments = new(0);

    /// <summary>
    /// Calls any function with evaluated arguments: binds named arguments against the declared
    /// parameters, checks the argument count and counts the call against the recursion limit.
    /// </summary>
    internal object? CallFunction(SourceSpan span, IScriptFunction function, List<object?> arguments,
        List<KeyValuePair<string, object?>>? named, string name)
    {
        if (function is FunctionExpression script)
        {
            EnterCall(span, name);
            try { return script.Call(this, span, arguments, named); }
            finally { ExitCall(); }
        }
        if (named is not null && function is Loading.IncludeFunctions include)
        {
            EnterCall(span, name);
            try { return include.InvokeWithNamed(this, span, arguments, named); }
            finally { ExitCall(); }
        }
        if (named is not null) BindNamed(span, function, arguments, named, name);
        if (function is MethodFunction method) method.CheckArgumentCount(span, arguments.Count, name);
        EnterCall(span, name);
        try { return function.Invoke(this, span, arguments); }
        finally { ExitCall(); }
    }

    /// <summary>
    /// Calls a function whose value is printed: a builtin with a streaming form appends straight to
    /// the output, so no intermediate string is built; anything else prints what it returns.
    /// </summary>
    internal void WriteCall(SourceSpan span, IScriptFunction function, List<object?> arguments,
        List<KeyValuePair<string, object?>>? named, string name)
    {
        if (function is not IOutputWriterFunction { CanWrite: true } writer)
        {
            WriteValue(CallFunction(span, function, arguments, named, name));
            return;
        }
        if (named is not null) BindNamed(span, function, arguments, named, name);
        if (function is MethodFunction method) method.CheckArgumentCount(span, arguments.Count, name);
        EnterCall(span, name);
        try { writer.Write(this, span, arguments, _output); }
        finally { ExitCall(); }
    }

    private static void BindNamed(SourceSpan span, IScriptFunction function, List<object?> arguments,
        List<KeyValuePair<string, object?>> named, string name)
    {
        var parameters = function.Parameters;
        foreach (var (argumentName, value) in named)
        {
            var index = -1;
            for (var i = 0; i < parameters.Count; i++) if (parameters[i].Name == argumentName) { index = i; break; }
            if (index < 0) throw new ScriptRuntimeException(span, $"The named argument `{argumentName}` was not found on the function `{name}`");
            if (parameters[index].IsParams)
            {
                while (arguments.Count < index) arguments.Add(MissingArgument.Instance);
                arguments.Add(value);
                continue;
            }
            while (arguments.Count <= index) arguments.Add(MissingArgument.Instance);
            arguments[index] = value;
        }
    }
}
