using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Templates;

namespace SiteGen.Render.Layouts;

/// <summary>
/// Parses each template file once per build, whichever thread asks first; the others wait for that
/// parse. A template with syntax errors reports them once and renders nothing.
/// </summary>
internal sealed class TemplateCache(ErrorList errors)
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);

    public Template? Get(string path) =>
        _templates.GetOrAdd(path, p => new Lazy<Template?>(() => Parse(p))).Value;

    private Template? Parse(string path)
    {
        var template = Template.Parse(File.ReadAllText(path), path);
        if (!template.HasErrors) return template;
        foreach (var error in TemplateErrors.Of(template.Messages)) errors.Add(error);
        return null;
    }
}
