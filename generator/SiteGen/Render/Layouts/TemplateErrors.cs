using SiteGen.Diagnostics;
using SiteGen.Templates;
using SiteGen.Templates.Runtime;

namespace SiteGen.Render.Layouts;

/// <summary>Turns the engine's messages into content errors at the template's own file, line and column.</summary>
internal static class TemplateErrors
{
    public static IEnumerable<ContentError> Of(IEnumerable<LogMessage> parseMessages) =>
        parseMessages.Select(m => new ContentError(SourcePath.Display(m.Span.Path), m.Span.Line, m.Span.Column, m.Message));

    public static ContentError Of(ScriptRuntimeException e) =>
        new(SourcePath.Display(e.Span.Path), e.Span.Line, e.Span.Column, e.OriginalMessage);
}
