using System.Collections.Concurrent;
using SiteGen.Render.Themes;
using SiteGen.Templates;
using SiteGen.Templates.Loading;
using SiteGen.Templates.Runtime;
using SiteGen.Templates.Syntax;

namespace SiteGen.Render.Layouts;

/// <summary>
/// Resolves <c>include "name"</c> to partials/name.html of the first theme in the chain that has it,
/// and reads each partial from disk once per build.
/// </summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var lookup = theme.FindPartial(templateName);
        return lookup.Found ?? throw new ScriptRuntimeException(callerSpan, lookup.NotFoundMessage("partial", templateName));
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _texts.GetOrAdd(templatePath, File.ReadAllText);
}
