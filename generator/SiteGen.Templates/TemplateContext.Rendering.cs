using System.Text;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

public sealed partial class TemplateContext
{
    private readonly ScriptObject _defaultGlobal = new();
    private readonly List<SourceSpan> _includeChain = new();

    /// <summary>The include call sites leading to the template being rendered, innermost last.</summary>
    internal List<SourceSpan> IncludeChain => _includeChain;

    internal void RenderTemplate(Template template, StringBuilder output)
    {
        var previous = _output;
        var outputs = _outputStack.Count;
        var frames = _locals.Count;
        var loops = _loops.Count;
        var globals = _globals.Count;
        _output = output;
        if (_globals.Count == 1)
        {
            if (_defaultGlobal.Count > 0) _defaultGlobal.Clear();
            PushGlobal(_defaultGlobal);
        }
        PushFrame();
        try
        {
            template.Body.Execute(this);
        }
        finally
        {
            // Unwind whatever an error left behind, so the context stays usable.
            while (_outputStack.Count > outputs) PopOutput();
            while (_locals.Count > frames) PopFrame();
            while (_loops.Count > loops) PopLoop();
            while (_globals.Count > globals) _globals.RemoveAt(_globals.Count - 1);
            Flow = FlowKind.None;
            ReturnValue = null;
            PendingWrapBody = null;
            _freeSteps = 0;
            _output = previous;
        }
    }
}

public sealed partial class TemplateContext
{
    /// <summary>Renders an included template in a new local frame whose <c>$</c> holds the include arguments.</summary>
    internal string RenderInclude(Template template, IReadOnlyList<object?> arguments, int skip, List<KeyValuePair<string, object?>>? named)
    {
        PushOutput();
        RenderIncludeInPlace(template, arguments, skip, named);
        return PopOutput();
    }

    /// <summary>Renders an include straight into the current output (when its text is not kept as a value).</summary>
    internal void RenderIncludeInPlace(Template template, IReadOnlyList<object?> arguments, int skip, List<KeyValuePair<string, object?>>? named)
    {
        var frame = PushFrame();
        var args = frame.UseArguments(arguments, skip);
        if (named is not null) foreach (var (name, value) in named) args.Properties.SetValue(name, value, readOnly: false);
        try
        {
            template.Body.Execute(this);
            if (Flow == FlowKind.Return) { Flow = FlowKind.None; ReturnValue = null; }
        }
        finally { PopFrame(); }
    }
}
