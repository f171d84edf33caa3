using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Evaluation;

/// <summary>The local scope of a template, include or function call: <c>$name</c> variables and the arguments <c>$</c>.</summary>
internal sealed class LocalFrame
{
    public readonly ScriptObject Variables = new();
    public ScriptArray? Arguments;
    /// <summary>The body of a <c>wrap</c> statement, run by <c>$$</c>.</summary>
    public BlockStatement? WrapBody;

    // The frame's own argument array is reused by the next call unless a template kept a reference to it.
    private ScriptArray _ownArguments = new();
    private bool _ownArgumentsEscaped;

    public ScriptArray UseArguments(IReadOnlyList<object?> values, int skip = 0)
    {
        if (_ownArgumentsEscaped)
        {
            _ownArguments = new ScriptArray();
            _ownArgumentsEscaped = false;
        }
        var arguments = _ownArguments;
        arguments.Clear();
        if (arguments.HasProperties) arguments.Properties.Clear();
        for (var i = skip; i < values.Count; i++) arguments.Add(values[i] is MissingArgument ? null : values[i]);
        Arguments = arguments;
        return arguments;
    }

    /// <summary>Called when a template reads <c>$</c> as a whole: the array may outlive the call.</summary>
    public void MarkArgumentsEscaped()
    {
        if (ReferenceEquals(Arguments, _ownArguments)) _ownArgumentsEscaped = true;
    }

    public void Clear()
    {
        if (Variables.Count > 0) Variables.Clear();
        Arguments = null;
        WrapBody = null;
    }
}
