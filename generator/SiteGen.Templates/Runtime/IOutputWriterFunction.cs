using System.Text;
using SiteGen.Templates.Syntax;

namespace SiteGen.Templates.Runtime;

/// <summary>
/// A function that can append its printed result straight to the output. When a call's value is
/// printed and not kept, the evaluator uses this to avoid building an intermediate string.
/// </summary>
internal interface IOutputWriterFunction
{
    /// <summary>Whether <see cref="Write"/> is available; otherwise the caller prints what Invoke returns.</summary>
    bool CanWrite { get; }

    /// <summary>Appends exactly the text that printing the value of Invoke would append.</summary>
    void Write(TemplateContext context, SourceSpan callSite, IReadOnlyList<object?> arguments, StringBuilder output);
}
