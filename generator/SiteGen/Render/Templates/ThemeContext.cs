using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Render.Templates;

/// <summary>
/// Scriban's context as SiteGen sets it up for a theme: one per rendering thread, reused page after page.
/// What it adds to Scriban goes through Scriban's own extension points, and changes nothing Scriban renders
/// (the conformance tests hold it to that):
/// <list type="bullet">
/// <item>strict names: a variable or member that does not exist is an error at its place, and the render goes
/// on to find the others of the page (<see cref="Errors"/>);</item>
/// <item>views read through their member tables (<see cref="ViewAccessor"/>), each read told to <see cref="Observer"/>;</item>
/// <item>partials only through the theme's loader, parsed once per build for every thread (<see cref="TemplateCache"/>),
/// each call site remembered so that an error in a partial names the includes that led to it;</item>
/// <item>limits on loops, nesting and output (<see cref="TemplateLimits"/>).</item>
/// </list>
/// </summary>
public sealed class ThemeContext : TemplateContext
{
    private static readonly ConcurrentDictionary<ViewType, ViewAccessor> Accessors = new();

    private readonly Func<string, Template?> _parsed;
    private readonly List<SourceSpan> _includes = [];
    private readonly List<ContentError> _errors = [];
    private IReadOnlyList<SourceSpan>? _failedAt;

    /// <param name="parsed">The parsed partial at a path, or null when it has syntax errors (reported by the cache).</param>
    /// <param name="strict">False only to hold the setup to Scriban's own test cases, which print missing names as nothing.</param>
    internal ThemeContext(ITemplateLoader loader, Func<string, Template?> parsed, TemplateLimits limits, bool strict = true)
        : base(Builtins())
    {
        _parsed = parsed;
        TemplateLoader = loader;
        // The same bytes on every system.
        NewLine = "\n";
        LoopLimit = limits.Iterations;
        RecursiveLimit = limits.Depth;
        OutputLimit = limits.OutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        // A string a template builds may be as long as a page, and never silently cut.
        LimitToString = limits.OutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        StrictVariables = strict;
        if (strict)
        {
            TryGetVariable = MissingVariable;
            TryGetMember = MissingMember;
        }
    }

    /// <summary>Told what the page being rendered reads and includes; null when nobody records it.</summary>
    public IRenderObserver? Observer { get; set; }

    /// <summary>The missing names found so far in this render, in the order met.</summary>
    public IReadOnlyList<ContentError> Errors => _errors;

    /// <summary>Ready for the next page: Scriban's own state, and the names and includes of the last one.</summary>
    public override void Reset()
    {
        base.Reset();
        _includes.Clear();
        _errors.Clear();
        _failedAt = null;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
    }

    /// <summary>The error a render stopped with, with the include calls that led to it.</summary>
    public ContentError ErrorOf(ScriptRuntimeException e) => TemplateErrors.Of(e, _failedAt ?? []);

    /// <summary>
    /// Whether a thrown error only follows from a missing name found before it in the same statement (the null
    /// that stood in for <c>html.escpae</c> in <c>x | html.escpae</c>, called): reporting it would repeat that error.
    /// </summary>
    public bool Follows(ScriptRuntimeException e)
    {
        string file = SourcePath.Display(e.Span.FileName);
        int first = e.Span.Start.Line + 1, last = e.Span.End.Line + 1;
        return _errors.Any(m => m.File == file && m.Line >= first && m.Line <= last);
    }

    internal void EnterInclude(SourceSpan caller) => _includes.Add(caller);

    internal void ExitInclude() => _includes.RemoveAt(_includes.Count - 1);

    // The innermost include sees the error first: its chain is the whole one.
    internal void Failed(ScriptRuntimeException e) => _failedAt ??= Chain();

    public override string? GetTemplatePathFromName(string? templateName, ScriptNode? callerContext)
    {
        string? path = base.GetTemplatePathFromName(templateName, callerContext);
        if (path is not null) Observer?.TemplateIncluded(path);
        return path;
    }

    // Scriban parses an include per context, and a context forgets it on Reset: one parse per build instead.
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _parsed(templatePath) ?? throw new TemplateAlreadyReported(callerContext?.Span ?? CurrentSpan, templatePath);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewTypes.Of(target.GetType()) is { } view ? Accessors.GetOrAdd(view, v => new ViewAccessor(v)) : base.GetMemberAccessorImpl(target);

    public override void Import(SourceSpan span, object objectToImport)
    {
        // Scriban imports a .NET object's members by reflection, methods included; a view is imported as its members.
        if (ViewTypes.Of(objectToImport.GetType()) is { } view)
        {
            var members = new ScriptObject();
            foreach (var (name, value) in view.Values(objectToImport)) members[name] = value;
            Observer?.MemberRead(objectToImport, IRenderObserver.AllMembers);
            objectToImport = members;
        }
        base.Import(span, objectToImport);
    }

    private bool MissingVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        var known = (CurrentGlobal?.GetMembers() ?? []).Concat(BuiltinObject.GetMembers());
        Missing(span, $"The variable or function `{variable}` was not found{Suggestions.DidYouMean(variable.Name, known)}");
        value = null;
        return true;
    }

    private bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        string hint = Suggestions.DidYouMean(member, MembersOf(target));
        Missing(span, CurrentNode switch
        {
            ScriptIndexerExpression { Target: { } list } => $"The key `{member}` was not found in `{list}`{hint}",
            ScriptMemberExpression { Target: { } owner } => $"The member `{member}` was not found on `{owner}`{hint}",
            _ => $"The member `{member}` was not found{hint}",
        });
        value = null;
        return true;
    }

    private static IEnumerable<string> MembersOf(object target) => target switch
    {
        IScriptObject members => members.GetMembers(),
        IDictionary<string, object?> dictionary => dictionary.Keys,
        _ => ViewTypes.Of(target.GetType())?.Names ?? [],
    };

    // The page is failed already; the rest of it is rendered only to find its other missing names. The null
    // standing in for this one may be read further (`artcle.title`) or called: no error follows from that.
    private void Missing(SourceSpan span, string message)
    {
        _errors.Add(TemplateErrors.At(span, message, Chain()));
        EnableRelaxedTargetAccess = true;
        EnableRelaxedFunctionAccess = true;
    }

    private List<SourceSpan> Chain()
    {
        var chain = new List<SourceSpan>(_includes);
        chain.Reverse();
        return chain;
    }

    private static ScriptObject Builtins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.SetValue("include", new ChainedInclude((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        return builtins;
    }
}

/// <summary>A partial whose syntax errors the template cache has reported already: the page fails without another message.</summary>
internal sealed class TemplateAlreadyReported(SourceSpan span, string path) : ScriptRuntimeException(span, $"{path} has syntax errors");
