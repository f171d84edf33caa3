using System.Reflection;
using System.Text;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;

namespace SiteGen.Templates;

/// <summary>
/// Everything one render needs: variable scopes, output, limits, the loader. A parsed template is shared;
/// a context is not: use one per thread. A context can be reused after <see cref="Reset"/>.
/// </summary>
public sealed partial class TemplateContext
{
    private readonly List<ScriptObject> _globals = new();
    private readonly ScriptObject _builtins;

    public TemplateContext() : this(BuiltinScope.Shared) { }

    /// <summary>Creates a context over a builtin scope (frozen, shared across threads).</summary>
    public TemplateContext(ScriptObject builtins)
    {
        _builtins = builtins;
        _globals.Add(builtins);
        _output = new StringBuilder();
    }

    /// <summary>Makes reading an undefined variable or member an error at its location.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>Maximum iterations of one loop (and elements of a range); 0 means no limit.</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Maximum depth of nested function calls and includes; 0 means no limit.</summary>
    public int RecursionLimit { get; set; } = 100;

    /// <summary>Where <c>include</c> finds templates; without one, <c>include</c> is an error.</summary>
    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>Parsed includes, keyed by path. Hosts may share one cache across contexts and threads.</summary>
    public IncludeCache IncludeCache { get; set; } = new();

    /// <summary>The newline the host wants for text produced by the engine itself.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>How .NET member names appear to templates; null means snake_case.</summary>
    public Func<MemberInfo, string>? MemberRenamer { get; set; }

    /// <summary>Told of every member read from a .NET object and every include; null (the default) costs nothing.</summary>
    public IRenderObserver? Observer { get; set; }

    /// <summary>The builtin scope at the bottom of the global stack.</summary>
    public ScriptObject BuiltinObject => _builtins;

    /// <summary>The innermost global scope, where unprefixed assignments go.</summary>
    public ScriptObject CurrentGlobal => _globals[^1];

    public void PushGlobal(ScriptObject scope) => _globals.Add(scope);

    public ScriptObject PopGlobal()
    {
        if (_globals.Count <= 1) throw new InvalidOperationException("Cannot pop the builtin scope.");
        var top = _globals[^1];
        _globals.RemoveAt(_globals.Count - 1);
        return top;
    }

    /// <summary>Clears scopes pushed by the host and all render state, keeping settings and the builtins.</summary>
    public void Reset()
    {
        _globals.RemoveRange(1, _globals.Count - 1);
        ResetRenderState();
    }
}
