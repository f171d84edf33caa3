using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

// The part of TemplateContext that builtin functions rely on.
public sealed partial class TemplateContext
{
    private int _freeSteps;

    /// <summary>Formats a value the way the template language prints it (invariant culture, arrays as [a, b], null as "").</summary>
    public string ObjectToString(object? value)
    {
        switch (value)
        {
            case string s: return s;
            case EmptyValue: return "";
            case not null: ObserveRead(value, IRenderObserver.AllMembers); break;
        }
        return ValueFormatter.ToText(value, Culture);
    }

    /// <summary>Tells the <see cref="Observer"/> that a member of <paramref name="target"/> was read, when it is a .NET object.</summary>
    internal void ObserveRead(object target, string member)
    {
        if (Observer is { } observer && MemberAccess.IsPlainObject(target)) observer.MemberRead(target, member);
    }

    /// <summary>Truthiness as the language defines it: null and false are false, everything else true.</summary>
    public bool ToBool(SourceSpan span, object? value) => ScriptValue.IsTruthy(value);

    /// <summary>Converts a value to a .NET type, raising a located error when it cannot.</summary>
    public T ToObject<T>(SourceSpan span, object? value) => (T)ValueConverter.Convert(this, span, value, typeof(T))!;

    /// <summary>Converts a value to a .NET type, raising a located error when it cannot.</summary>
    public object? ToObject(SourceSpan span, object? value, Type destinationType) => ValueConverter.Convert(this, span, value, destinationType);

    /// <summary>Calls a template-visible function with positional arguments, honouring the recursion limit.</summary>
    public object? Call(SourceSpan span, IScriptFunction function, params object?[] arguments)
    {
        // Builtins receive functions from templates (`array.each list @f`), where a misspelt name gives null.
        if (function is null) throw new ScriptRuntimeException(span, "Expecting a function instead of `null`");
        return CallFunction(span, function, new List<object?>(arguments), null, (function as MethodFunction)?.Name ?? (function as FunctionExpression)?.Name ?? "function");
    }

    /// <summary>Parses and evaluates an expression or statements in this context (object.eval); returns its value.</summary>
    public object? Evaluate(SourceSpan span, string script)
    {
        var template = Template.ParseScript(script, span.Path);
        if (template.HasErrors) throw new ScriptRuntimeException(span, string.Join(" ", template.Messages.Select(m => m.ToString())));
        var statements = template.Body.Statements;
        if (statements.Count == 1 && statements[0] is ExpressionStatement { Expression: not AssignExpression } single)
            return single.Expression.Evaluate(this);
        return RenderBody(template.Body);
    }

    /// <summary>Parses and renders a template text in this context (object.eval_template); returns the output.</summary>
    public string RenderText(SourceSpan span, string templateText)
    {
        var template = Template.Parse(templateText, span.Path);
        if (template.HasErrors) throw new ScriptRuntimeException(span, string.Join(" ", template.Messages.Select(m => m.ToString())));
        return RenderBody(template.Body);
    }

    private string RenderBody(BlockStatement body)
    {
        PushOutput();
        PushFrame();
        try
        {
            body.Execute(this);
            Flow = FlowKind.None;
        }
        finally { PopFrame(); }
        return PopOutput();
    }

    /// <summary>Counts one loop iteration against the loop limit, raising a located error past it.</summary>
    public void StepLoop(SourceSpan span)
    {
        if (_loops.Count > 0) StepLoop(span, _loops[^1]);
        else if (LoopLimit > 0 && ++_freeSteps > LoopLimit) throw LoopLimitError(span);
    }

    internal void StepLoop(SourceSpan span, LoopState loop)
    {
        if (LoopLimit > 0 && ++loop.Steps > LoopLimit) throw LoopLimitError(span);
    }

    private ScriptRuntimeException LoopLimitError(SourceSpan span) =>
        new(span, $"Exceeding number of iteration limit `{LoopLimit}` for loop statement.");

    /// <summary>The culture the template renders with (invariant unless the host sets another).</summary>
    public System.Globalization.CultureInfo Culture { get; set; } = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>The current time as templates see it (date.now); a host may pin it for reproducible output.</summary>
    public Func<DateTime> Now { get; set; } = () => DateTime.Now;
}
