using SiteGen.Templates.Loading;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Tests.Engine;

/// <summary>A loader over an in-memory set of files; counts loads to observe the include cache.</summary>
internal sealed class MemoryLoader(Dictionary<string, string> files) : ITemplateLoader
{
    public int Loads { get; private set; }

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        files.ContainsKey("partials/" + templateName) ? "partials/" + templateName : null;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        Loads++;
        return files[templatePath];
    }
}
