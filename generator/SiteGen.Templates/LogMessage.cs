using SiteGen.Templates.Syntax;

namespace SiteGen.Templates;

/// <summary>One parse error, printed the way Scriban prints it: <c>path(line,col) : error : message</c>.</summary>
public sealed record LogMessage(SourceSpan Span, string Message)
{
    public override string ToString() => $"{Span} : error : {Message}";
}
