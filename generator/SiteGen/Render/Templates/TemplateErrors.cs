using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Render.Templates;

/// <summary>Turns Scriban's messages into content errors at the template's own file, line and column.</summary>
internal static class TemplateErrors
{
    public static IEnumerable<ContentError> Of(IEnumerable<LogMessage> parseMessages) =>
        parseMessages.Where(m => m.Type == ParserMessageType.Error).Select(m => At(m.Span, m.Message, []));

    public static ContentError Of(ScriptRuntimeException e, IReadOnlyList<SourceSpan> includeChain) => At(e.Span, e.OriginalMessage, includeChain);

    /// <param name="includeChain">The include calls that led to <paramref name="span"/>, innermost first.</param>
    public static ContentError At(SourceSpan span, string message, IReadOnlyList<SourceSpan> includeChain) =>
        new(SourcePath.Display(span.FileName), span.Start.Line + 1, span.Start.Column + 1,
            includeChain.Count == 0 ? message : $"{message} (included from {string.Join(" <- ", includeChain.Select(Place))})");

    private static string Place(SourceSpan span) => $"{SourcePath.Display(span.FileName)}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
