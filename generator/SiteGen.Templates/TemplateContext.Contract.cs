using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

// The part of TemplateContext that builtin functions rely on. The evaluator owns the rest of the
// class (scopes, limits, output, loader) in TemplateContext.cs.
public sealed partial class TemplateContext
{
    /// <summary>Formats a value the way the template language prints it (invariant culture, arrays as [a, b], null as "").</summary>
    public string ObjectToString(object? value) => throw new NotImplementedException();

    /// <summary>Truthiness as the language defines it: null and false are false, everything else true.</summary>
    public bool ToBool(SourceSpan span, object? value) => throw new NotImplementedException();

    /// <summary>Converts a value to a .NET type, raising a located error when it cannot.</summary>
    public T ToObject<T>(SourceSpan span, object? value) => throw new NotImplementedException();

    /// <summary>Converts a value to a .NET type, raising a located error when it cannot.</summary>
    public object? ToObject(SourceSpan span, object? value, Type destinationType) => throw new NotImplementedException();

    /// <summary>Calls a template-visible function with positional arguments, honouring the recursion limit.</summary>
    public object? Call(SourceSpan span, IScriptFunction function, params object?[] arguments) => throw new NotImplementedException();

    /// <summary>Parses and evaluates an expression or statements in this context (object.eval); returns its value.</summary>
    public object? Evaluate(SourceSpan span, string script) => throw new NotImplementedException();

    /// <summary>Parses and renders a template text in this context (object.eval_template); returns the output.</summary>
    public string RenderText(SourceSpan span, string templateText) => throw new NotImplementedException();

    /// <summary>Counts one loop iteration against the loop limit, raising a located error past it.</summary>
    public void StepLoop(SourceSpan span) => throw new NotImplementedException();

    /// <summary>The culture the template renders with (invariant unless the host sets another).</summary>
    public System.Globalization.CultureInfo Culture { get; set; } = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>The current time as templates see it (date.now); a host may pin it for reproducible output.</summary>
    public Func<DateTime> Now { get; set; } = () => DateTime.Now;
}
