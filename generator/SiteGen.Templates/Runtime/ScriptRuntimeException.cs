using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// An error raised while rendering, at a location in a template. When the location is inside an
/// included template, <see cref="IncludeChain"/> lists the include call sites, innermost first.
/// </summary>
public class ScriptRuntimeException : Exception
{
    private readonly List<SourceSpan> _includeChain = new();

    public ScriptRuntimeException(SourceSpan span, string message, Exception? inner = null)
        : base($"{span} : error : {message}", inner)
    {
        Span = span;
        OriginalMessage = message;
    }

    public SourceSpan Span { get; }

    /// <summary>The message without its location prefix.</summary>
    public string OriginalMessage { get; }

    /// <summary>The include call sites that led to the error, from the innermost outwards.</summary>
    public IReadOnlyList<SourceSpan> IncludeChain => _includeChain;

    /// <summary>One line: <c>path(line,col) : error : message</c>, then the include chain if any.</summary>
    public override string Message => _includeChain.Count == 0
        ? base.Message
        : $"{base.Message} (included from {string.Join(" <- ", _includeChain)})";

    internal void AddIncludeSite(SourceSpan site) => _includeChain.Add(site);
}
