using System.Collections.Concurrent;
using Scriban;
using SiteGen.Diagnostics;

namespace SiteGen.Render.Templates;

/// <summary>
/// Parses each layout and partial once per build, whichever thread asks first; the others wait for that
/// parse and share the result (a parsed Scriban template renders on any thread, each with its own context).
/// A template with syntax errors reports every one of them once and renders nothing.
/// </summary>
internal sealed class TemplateCache(ThemeTemplateLoader loader, ErrorList errors)
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);

    public Template? Get(string path) =>
        _templates.GetOrAdd(path, p => new Lazy<Template?>(() => Parse(p))).Value;

    private Template? Parse(string path)
    {
        var template = DirectCalls.Parse(loader.Read(path), path);
        if (!template.HasErrors) return template;
        foreach (var error in TemplateErrors.Of(template.Messages)) errors.Add(error);
        return null;
    }
}
