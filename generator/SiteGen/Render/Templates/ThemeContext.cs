using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// each call site remembered so that an error in a partial names the includes that led to it, and rendered into the
/// page's own buffer where Scriban would make a string of each (<see cref="RenderPartial"/>);</item>
/// <item><c>html.escape</c> without a string writer per call (<see cref="HtmlEscape"/>), and it and <c>include</c>
/// called without Scriban's general call path where a template's statement allows (<see cref="DirectCalls"/>);</item>
/// <item>limits on loops, nesting and output (<see cref="TemplateLimits"/>).</item>
/// </list>
/// </summary>
public sealed class ThemeContext : TemplateContext
{
    private static readonly ConcurrentDictionary<ViewType, ViewAccessor> Accessors = new();

    private readonly Func<string, Template?> _parsed;
    private readonly List<SourceSpan> _includes = [];
    private readonly List<ContentError> _errors = [];
    private readonly List<StringBuilderOutput> _partialOutputs = [];
    private int _partialsBuffered;
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

    /// <summary>Where <c>include_cached</c> keeps what it rendered, shared by the build's contexts; null to render each call.</summary>
    internal PartialCache? Partials { get; init; }

    /// <summary>The language of the page being rendered: a cached partial's text is kept per language.</summary>
    internal string? PageLanguage { get; set; }

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
        _partialsBuffered = 0;
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

    /// <summary>
    /// Renders a template here, into the current output, as Scriban's <c>Template.Render</c> does (minus returning
    /// what it wrote as a string of its own).
    /// </summary>
    internal void RenderHere(Template template)
    {
        // Every template SiteGen renders this way was parsed without errors.
        PushSourceFile(template.SourceFilePath!);
        try
        {
            UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (Evaluate(template.Page!) is { } result && EnableOutput) Write(template.Page!.Span, result);
        }
        finally
        {
            PopSourceFile();
        }
    }

    /// <summary>
    /// Renders an included partial with what Scriban's include gives it (<c>TemplateContext.RenderTemplate</c>: its own
    /// locals, <c>$</c> and the named arguments, no indentation of its own, the recursion limit) and the same output.
    /// Scriban renders every partial into a new buffer and returns it as a string for the caller to print: a dozen
    /// buffers and strings a page, a third of what the render stage allocated. An include that is a statement of
    /// its own on a line that is not indented prints that string at once, unchanged: the partial is rendered straight
    /// into the output instead, and nothing is returned. Any other include (indented, assigned, piped) gets its
    /// string, rendered into a buffer kept for its depth.
    /// </summary>
    /// <param name="asString">Always returns the partial's text, for a caller that keeps it.</param>
    internal string? RenderPartial(Template template, ScriptArray arguments, ScriptNode caller, bool asString = false)
    {
        bool here = !asString && CurrentIndent is null && EnableOutput && !template.HasErrors && PrintsItsResult(caller);
        EnterRecursive(caller);
        string? indent = CurrentIndent;
        // Where the last character written was a newline, the next indented line starts with its indentation.
        // A partial rendered into a buffer leaves it as it was; one rendered here leaves it as its last write did,
        // as printing its string would.
        ref bool afterNewLine = ref PreviousTextWasNewLine(this);
        bool wasAfterNewLine = afterNewLine;
        CurrentIndent = null;
        if (!here) PushOutput(RentPartialOutput());
        try
        {
            // Evaluated where the include is called, before the partial's own locals exist.
            var named = NamedArguments(caller);
            PushLocal();
            try
            {
                SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
                if (named is not null)
                    foreach (var (name, value) in named)
                        SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
                if (here)
                {
                    RenderHere(template);
                    return null;
                }
                if (indent is not null) ResetPreviousNewLine();
                return template.Render(this);
            }
            finally
            {
                PopLocal();
            }
        }
        finally
        {
            if (!here)
            {
                PopOutput();
                _partialsBuffered--;
                afterNewLine = wasAfterNewLine;
            }
            CurrentIndent = indent;
            ExitRecursive(caller);
        }
    }

    /// <summary>
    /// <c>include_cached</c>: what <see cref="RenderPartial"/> returns as a string, rendered the first time a build meets
    /// the partial with these arguments in this language, and reused after that, with its reads told to the page's
    /// observer each time. A render that found errors is not kept. Its arguments are its key, so they are given in
    /// order, not by name.
    /// </summary>
    internal string? RenderCached(Template template, string path, ScriptArray arguments, ScriptNode caller)
    {
        if (caller is ScriptFunctionCall call && call.Arguments.Any(a => a is ScriptNamedArgument))
            throw new ScriptRuntimeException(caller.Span, $"{PartialInclude.CachedName}: the partial is kept by its arguments; give them in order, without names");
        if (Partials is null) return RenderPartial(template, arguments, caller, asString: true);

        int start = (CurrentIndent is null ? 0 : 2) | (PreviousTextWasNewLine(this) ? 1 : 0);
        var key = new PartialKey(path, PageLanguage, start, [.. arguments.Skip(1)]);
        if (Partials.TryGet(key, out var kept))
        {
            CapturedReads.Replay(kept, Observer);
            return kept.Text;
        }
        int errors = _errors.Count;
        // A build that records no dependencies has nobody to tell the reads to.
        var capture = Observer is null ? null : new CapturedReads(Observer);
        if (capture is not null) Observer = capture;
        string? text;
        try
        {
            text = RenderPartial(template, arguments, caller, asString: true);
        }
        finally
        {
            if (capture is not null) Observer = capture.Page;
        }
        if (text is not null && _errors.Count == errors) Partials.Keep(key, capture?.Keep(text) ?? new CachedPartial(text, [], []));
        return text;
    }

    // Scriban prints the value of a statement that is an expression at once (ScriptBlockStatement): an include
    // anywhere else is a value for the expression around it.
    private static bool PrintsItsResult(ScriptNode caller) =>
        caller is ScriptFunctionCall { Parent: ScriptExpressionStatement { CanOutput: true } statement } call && ReferenceEquals(statement.Expression, call);

    private List<(string Name, object? Value)>? NamedArguments(ScriptNode caller)
    {
        List<(string, object?)>? named = null;
        if (caller is ScriptFunctionCall call)
            foreach (var argument in call.Arguments)
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                    (named ??= []).Add((name, value.Evaluate(this)));
        return named;
    }

    private StringBuilderOutput RentPartialOutput()
    {
        if (_partialsBuffered == _partialOutputs.Count) _partialOutputs.Add(new StringBuilderOutput());
        var output = _partialOutputs[_partialsBuffered++];
        // A partial that failed left its output behind.
        KeptBuffers.Clear(output.Builder);
        return output;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

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
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.SetValue("include", new PartialInclude(include), readOnly: true);
        builtins.SetValue(PartialInclude.CachedName, new PartialInclude(include, cached: true), readOnly: true);
        HtmlEscape.Replace(builtins);
        return builtins;
    }
}

/// <summary>A partial whose syntax errors the template cache has reported already: the page fails without another message.</summary>
internal sealed class TemplateAlreadyReported(SourceSpan span, string path) : ScriptRuntimeException(span, $"{path} has syntax errors");
