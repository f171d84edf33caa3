using System.Collections.Concurrent;
using SiteGen.Render.Themes;
using SiteGen.Templates;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Render.Layouts;

/// <summary>
/// Resolves <c>include "name"</c> to partials/name.html of the first theme in the chain that has it,
/// and reads each partial from disk once per build. Lookups are remembered too: every page includes
/// a dozen partials, and asking the file system each time cost more than rendering some of them.
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
        var lookup = _lookups.GetOrAdd(templateName, _find);
        return lookup.Found ?? throw new ScriptRuntimeException(callerSpan, lookup.NotFoundMessage("partial", templateName));
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _texts.GetOrAdd(templatePath, _read);
}
