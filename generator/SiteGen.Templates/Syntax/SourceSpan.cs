namespace SiteGen.Templates.Syntax;

/// <summary>A position in a template source: the template's path and a 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}
