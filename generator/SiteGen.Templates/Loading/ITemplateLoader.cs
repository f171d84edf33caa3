using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Loading;

/// <summary>
/// Finds and reads the templates named by <c>include</c>. The host decides what a name means and which
/// files are reachable: templates can read nothing the loader does not give them.
/// </summary>
public interface ITemplateLoader
{
    /// <summary>Resolves a name written in a template to a path (the cache key); null when it does not exist.</summary>
    string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>Reads the template text at a path returned by <see cref="GetPath"/>.</summary>
    string Load(TemplateContext context, SourceSpan callerSpan, string templatePath);
}
