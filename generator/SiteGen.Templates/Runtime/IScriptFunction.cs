using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// Anything a template can call: a builtin, a host delegate, a <c>func</c> defined in a template,
/// or an anonymous function. Arguments arrive already evaluated and in order; named arguments
/// are bound by the caller against <see cref="Parameters"/> before <see cref="Invoke"/> is called.
/// </summary>
public interface IScriptFunction
{
    /// <summary>The declared parameters, used to bind named arguments and defaults; empty when unknown.</summary>
    IReadOnlyList<ScriptParameter> Parameters { get; }

    object? Invoke(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments);
}

/// <summary>One parameter of a callable. <see cref="IsParams"/> marks a trailing variadic parameter.</summary>
public sealed record ScriptParameter(string Name, bool HasDefault = false, object? DefaultValue = null, bool IsParams = false);
