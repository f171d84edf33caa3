using Scriban;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// <c>value | html.escape</c> evaluated without Scriban's pipe and call machinery: the value is evaluated, made a
/// string and escaped as the call would (<see cref="HtmlEscape"/>), with the same nesting count and the same
/// place for an error. Where <c>html.escape</c> is not SiteGen's function (a theme that set <c>html</c> itself),
/// the pipe is evaluated as Scriban's.
/// </summary>
internal sealed class DirectEscape : ScriptPipeCall
{
    private readonly ScriptMemberExpression _function;

    public DirectEscape(ScriptPipeCall pipe)
    {
        _function = Function(pipe.To)!;
        Span = pipe.Span;
        // A node has one parent: each part leaves the pipe before it joins this one.
        (var from, pipe.From) = (pipe.From, null);
        (var token, pipe.PipeToken) = (pipe.PipeToken, null);
        (var to, pipe.To) = (pipe.To, null);
        (From, PipeToken, To) = (from, token, to);
    }

    public static bool Fits(ScriptPipeCall pipe) =>
        pipe.From is not null and not ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand }
        && Function(pipe.To) is not null;

    // `| html.escape` is a call without arguments of the member `html.escape`.
    private static ScriptMemberExpression? Function(ScriptExpression? to) =>
        (to is ScriptFunctionCall { Arguments.Count: 0 } call ? call.Target : to) is ScriptMemberExpression
        {
            Target: ScriptVariableGlobal { BaseName: "html" }, Member.BaseName: "escape"
        } member ? member : null;

    public override object? Evaluate(TemplateContext context)
    {
        var to = To!;
        if (!ReferenceEquals(DirectCalls.Target(context, _function, out bool reported), HtmlEscape.Function))
            return reported ? null : base.Evaluate(context);

        var from = From!;
        object? text = context.ToObject(from.Span, context.Evaluate(from), typeof(string));
        context.EnterRecursive(to);
        try
        {
            return HtmlEscape.Escape(context, (string?)text);
        }
        catch (Exception e) when (e is not ScriptRuntimeException)
        {
            // Where Scriban's evaluation of the call would have put it.
            throw new ScriptRuntimeException(to.Span, e.Message, e);
        }
        finally
        {
            context.ExitRecursive(to);
        }
    }
}
