using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

// Variable lookup and assignment. Globals resolve from the innermost scope outwards (loop variables
// first); assignments go to the innermost scope. Locals ($x) live in the current frame.
public sealed partial class TemplateContext
{
    internal bool TryGetGlobal(string name, out object? value)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var loop = _loops[i];
            if (!loop.VariableIsLocal && loop.VariableName == name) { value = loop.Value; return true; }
        }
        for (var i = _globals.Count - 1; i >= 0; i--)
        {
            if (_globals[i].TryGetValue(name, out value)) return true;
        }
        value = null;
        return false;
    }

    internal object? GetGlobal(string name, SourceSpan span)
    {
        if (TryGetGlobal(name, out var value)) return value;
        if (StrictVariables) throw new ScriptRuntimeException(span, $"The variable or function `{name}` was not found");
        return null;
    }

    internal void SetGlobal(string name, object? value, SourceSpan span)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var loop = _loops[i];
            if (!loop.VariableIsLocal && loop.VariableName == name) { loop.Value = value; return; }
        }
        var scope = _globals[^1];
        if (scope.IsReadOnly(name)) throw new ScriptRuntimeException(span, $"Cannot set the readonly variable `{name}`");
        scope.SetValue(name, value, readOnly: false);
    }

    internal object? GetLocal(VariableExpression variable)
    {
        var name = variable.Name;
        if (_locals.Count == 0) return null;
        var frame = _locals[^1];
        if (variable.ArgumentIndex >= 0)
        {
            var args = frame.Arguments;
            return args is not null && variable.ArgumentIndex < args.Count ? args[variable.ArgumentIndex] : null;
        }
        if (name == "$")
        {
            frame.MarkArgumentsEscaped();
            return frame.Arguments ??= new ScriptArray();
        }
        if (name == "$$") return frame.WrapBody;
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var loop = _loops[i];
            if (loop.VariableIsLocal && loop.VariableName == name) return loop.Value;
        }
        if (frame.Variables.TryGetValue(name, out var value)) return value;
        if (StrictVariables) throw new ScriptRuntimeException(variable.Span, $"The variable or function `{name}` was not found");
        return null;
    }

    internal void SetLocal(VariableExpression variable, object? value)
    {
        var name = variable.Name;
        var frame = _locals[^1];
        if (variable.ArgumentIndex >= 0 || name == "$")
        {
            var args = frame.Arguments ??= new ScriptArray();
            if (name == "$") { frame.Arguments = value as ScriptArray ?? new ScriptArray { value }; return; }
            while (args.Count <= variable.ArgumentIndex) args.Add(null);
            args[variable.ArgumentIndex] = value;
            return;
        }
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            var loop = _loops[i];
            if (loop.VariableIsLocal && loop.VariableName == name) { loop.Value = value; return; }
        }
        if (frame.Variables.IsReadOnly(name)) throw new ScriptRuntimeException(variable.Span, $"Cannot set the readonly variable `{name}`");
        frame.Variables.SetValue(name, value, readOnly: false);
    }

    internal void SetReadOnly(VariableExpression variable)
    {
        var scope = variable.IsLocal ? _locals[^1].Variables : _globals[^1];
        if (scope.IsFrozen) throw new ScriptRuntimeException(variable.Span, $"Cannot set the readonly variable `{variable.Name}`");
        if (!scope.ContainsKey(variable.Name)) scope.SetValue(variable.Name, variable.IsLocal ? GetLocal(variable) : GetGlobal(variable.Name, variable.Span), readOnly: true);
        else scope.SetReadOnly(variable.Name, true);
    }
}
