using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Tests.Templates;

/// <summary>
/// A theme's partials held in memory for template tests, found by name (with <paramref name="extension"/> added); a
/// missing one fails at its include, as the theme's loader does.
/// </summary>
internal sealed class MemoryPartials(IReadOnlyDictionary<string, string> partials, string extension = "") : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        partials.ContainsKey(templateName + extension) ? templateName + extension
            : throw new ScriptRuntimeException(callerSpan, $"partial '{templateName}' not found");

    public string Read(string path) => partials[path];

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));
}
