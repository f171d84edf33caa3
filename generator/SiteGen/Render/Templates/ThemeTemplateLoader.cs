using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Render.Themes;
using SiteGen.Safety;

namespace SiteGen.Render.Templates;

/// <summary>
/// The only way a template reaches a file: <c>include "name"</c> is partials/name.html of the first theme in
/// the chain that has it. Lookups and texts are remembered for the build: every page includes a dozen
/// partials, and asking the file system each time cost more than rendering some of them.
/// </summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LayoutLookup> _lookups = new(StringComparer.Ordinal);
    // One delegate for the build: a method group passed to GetOrAdd would be a new delegate on every include.
    private readonly Func<string, LayoutLookup> _find = theme.FindPartial;
    private readonly Func<string, string> _read = File.ReadAllText;

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (TemplateNames.Problem(templateName) is { } problem)
            throw new ScriptRuntimeException(callerSpan, $"partial '{templateName}' {problem}; it names a file in the theme's partials/ folder");
        var lookup = _lookups.GetOrAdd(templateName, _find);
        return lookup.Found ?? throw new ScriptRuntimeException(callerSpan, lookup.NotFoundMessage("partial", templateName));
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));

    /// <summary>A layout's or partial's text, read from disk once per build.</summary>
    public string Read(string templatePath) => _texts.GetOrAdd(templatePath, _read);
}
