using System.Text;
using SiteGen.Templates.Evaluation;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

// Per-render state: output buffers, local frames, loops and control flow. Frames and buffers are
// pooled so that rendering with a reused context allocates little beyond the output itself.
public sealed partial class TemplateContext
{
    private StringBuilder _output;
    private readonly Stack<StringBuilder> _outputStack = new();
    private readonly Stack<StringBuilder> _bufferPool = new();
    private readonly List<LocalFrame> _locals = new();
    private readonly Stack<LocalFrame> _framePool = new();
    private readonly List<LoopState> _loops = new();
    private readonly Stack<LoopState> _loopPool = new();
    private int _depth;

    internal FlowKind Flow;
    internal object? ReturnValue;
    internal BlockStatement? PendingWrapBody;

    private readonly Stack<List<object?>> _listPool = new();

    internal StringBuilder Output => _output;

    /// <summary>An empty argument list from the pool; give it back with <see cref="ReturnList"/> after the call.</summary>
    internal List<object?> RentList() => _listPool.Count > 0 ? _listPool.Pop() : new List<object?>(4);

    internal void ReturnList(List<object?> list)
    {
        list.Clear();
        _listPool.Push(list);
    }

    internal void Write(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _output.Append(text);
    }

    internal void WriteValue(object? value)
    {
        switch (value)
        {
            case null: return;
            case string s: _output.Append(s); return;
            case int i: _output.Append(i); return;
            case bool b: _output.Append(b ? "true" : "false"); return;
            default:
                if (!ValueFormatter.TryAppendScalar(_output, value, Culture)) _output.Append(ObjectToString(value));
                return;
        }
    }

    internal void PushOutput()
    {
        _outputStack.Push(_output);
        _output = _bufferPool.Count > 0 ? _bufferPool.Pop() : new StringBuilder();
    }

    internal string PopOutput()
    {
        var text = _output.ToString();
        _output.Clear();
        _bufferPool.Push(_output);
        _output = _outputStack.Pop();
        return text;
    }

    internal LocalFrame CurrentFrame => _locals[^1];

    internal LocalFrame PushFrame()
    {
        var frame = _framePool.Count > 0 ? _framePool.Pop() : new LocalFrame();
        _locals.Add(frame);
        return frame;
    }

    internal void PopFrame()
    {
        var frame = _locals[^1];
        _locals.RemoveAt(_locals.Count - 1);
        frame.Clear();
        _framePool.Push(frame);
    }

    internal LoopState PushLoop(string kind)
    {
        var loop = _loopPool.Count > 0 ? _loopPool.Pop() : new LoopState();
        loop.Kind = kind;
        loop.VariableName = null;
        loop.Value = null;
        loop.Index = 0;
        loop.Length = 0;
        loop.Changed = false;
        loop.Columns = 0;
        loop.Steps = 0;
        _loops.Add(loop);
        return loop;
    }

    internal void PopLoop()
    {
        var loop = _loops[^1];
        _loops.RemoveAt(_loops.Count - 1);
        loop.Value = null;
        _loopPool.Push(loop);
    }

    internal LoopState? FindLoop(string kind)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var loop = _loops[i];
            if (loop.Kind == kind || (kind == "for" && loop.Kind == "tablerow")) return loop;
        }
        return null;
    }

    /// <summary>Guards recursion: function calls and includes count against <see cref="RecursionLimit"/>.</summary>
    internal void EnterCall(SourceSpan span, string name)
    {
        if (RecursionLimit > 0 && _depth >= RecursionLimit)
            throw new ScriptRuntimeException(span, $"Exceeding number of recursive depth limit `{RecursionLimit}` for node: `{name}`");
        _depth++;
    }

    internal void ExitCall() => _depth--;

    private void ResetRenderState()
    {
        while (_outputStack.Count > 0) PopOutput();
        _output.Clear();
        while (_locals.Count > 0) PopFrame();
        while (_loops.Count > 0) PopLoop();
        _depth = 0;
        Flow = FlowKind.None;
        ReturnValue = null;
        PendingWrapBody = null;
        _includeChain.Clear();
    }
}
