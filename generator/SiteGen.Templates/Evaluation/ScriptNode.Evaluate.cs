namespace SiteGen.Templates.Syntax;

public abstract partial class ScriptExpression
{
    /// <summary>The value of the expression; a function found by name is called (as Scriban does).</summary>
    internal abstract object? Evaluate(TemplateContext context);

    /// <summary>The value without calling it when it is a function (for <c>@f</c>, call targets and pipes).</summary>
    internal virtual object? EvaluateRaw(TemplateContext context) => Evaluate(context);
}

public abstract partial class ScriptStatement
{
    internal abstract void Execute(TemplateContext context);
}
