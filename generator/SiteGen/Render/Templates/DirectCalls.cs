using Scriban;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// Gives the two calls a theme makes most, <c>value | html.escape</c> and <c>include "name"</c>, a way around
/// Scriban's general call path (a pipe state, an argument list and its conversions for every call: about half
/// of what such a call costs). Each rewritten node checks as it runs that the name still means SiteGen's own
/// function and otherwise evaluates as Scriban's node does, so nothing a template renders changes; the
/// conformance tests run Scriban's own cases through this pass.
/// </summary>
internal static class DirectCalls
{
    /// <summary>Parses a template as Scriban does, with the direct calls in place.</summary>
    public static Template Parse(string text, string? path = null, Scriban.Parsing.LexerOptions? lexer = null)
    {
        var template = lexer is { } options ? Template.Parse(text, path, lexerOptions: options) : Template.Parse(text, path);
        // Scientific templates decide what a call is as they run.
        if (!template.HasErrors && template.LexerOptions.Lang == Scriban.Parsing.ScriptLang.Default) new Rewriter().Visit(template.Page);
        return template;
    }

    /// <summary>
    /// The function a call's target names, not called (as Scriban resolves a call's target), and whether resolving it
    /// reported a missing name: the page has failed then, renders on only to find its other errors, and a node
    /// falling back to Scriban's evaluation would report the name twice.
    /// </summary>
    public static object? Target(TemplateContext context, ScriptExpression target, out bool reported)
    {
        int errors = (context as ThemeContext)?.Errors.Count ?? 0;
        object? function = context.Evaluate(target, true);
        reported = (context as ThemeContext)?.Errors.Count > errors;
        return function;
    }

    // Only a call that is a statement of its own is rewritten: its parent is known, and the statement is where a
    // theme's calls are (`{{ item.url | html.escape }}`, `{{ include "header" }}`).
    private sealed class Rewriter : ScriptVisitor
    {
        public override void Visit(ScriptExpressionStatement node)
        {
            base.Visit(node);
            node.Expression = node.Expression switch
            {
                ScriptPipeCall pipe when DirectEscape.Fits(pipe) => new DirectEscape(pipe),
                ScriptFunctionCall call when DirectInclude.Fits(call) => new DirectInclude(call),
                var expression => expression,
            };
        }
    }
}
