namespace SiteGen.Templates.Syntax;

/// <summary>Aborts the statement being parsed; the parser logs it and resumes at the next statement.</summary>
internal sealed class ParseException(SourceSpan span, string message) : Exception(message)
{
    public SourceSpan Span { get; } = span;
}
