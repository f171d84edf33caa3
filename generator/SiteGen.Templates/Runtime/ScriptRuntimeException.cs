using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>An error raised while rendering, at a location in a template.</summary>
public class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(SourceSpan span, string message, Exception? inner = null)
        : base($"{span} : error : {message}", inner)
    {
        Span = span;
        OriginalMessage = message;
    }

    public SourceSpan Span { get; }

    /// <summary>The message without its location prefix.</summary>
    public string OriginalMessage { get; }
}
