using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Render.Templates;

/// <summary>
/// <c>include "name"</c>, a statement of its own with one literal name, handed straight to <see cref="PartialInclude"/>
/// through Scriban's call with its arguments resolved (<see cref="ScriptFunctionCall.Call(TemplateContext, ScriptNode, IScriptCustomFunction, ScriptArray)"/>:
/// the same nesting count and flow state) instead of evaluated one by one. Where <c>include</c> is not SiteGen's
/// (a theme that set it itself), it is evaluated as Scriban's call. A statement of its own never has a pipe
/// or a <c>wrap</c> block waiting for it.
/// </summary>
internal sealed class DirectInclude : ScriptFunctionCall
{
    private readonly string _name;

    public DirectInclude(ScriptFunctionCall call)
    {
        _name = (string)((ScriptLiteral)call.Arguments[0]).Value!;
        Span = call.Span;
        ExplicitCall = call.ExplicitCall;
        // A node has one parent: each part leaves the call before it joins this one.
        (var target, call.Target) = (call.Target, null);
        (var open, call.OpenParent) = (call.OpenParent, null);
        (var arguments, call.Arguments) = (call.Arguments, []);
        (var close, call.CloseParen) = (call.CloseParen, null);
        (Target, OpenParent, Arguments, CloseParen) = (target, open, arguments, close);
    }

    public static bool Fits(ScriptFunctionCall call) =>
        call.Target is ScriptVariableGlobal { BaseName: "include" } && call.Arguments is [ScriptLiteral { Value: string }];

    public override object? Evaluate(TemplateContext context)
    {
        if (DirectCalls.Target(context, Target!, out bool reported) is not PartialInclude include)
            return reported ? null : base.Evaluate(context);

        return Call(context, this, include, new ScriptArray(1) { _name });
    }
}
