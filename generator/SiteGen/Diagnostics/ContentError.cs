namespace SiteGen.Diagnostics;

/// <summary>One problem in the site's input, at a place an editor can go to.</summary>
/// <remarks>Paths are shown as given (relative to the working folder when possible) so terminals and editors can open them.</remarks>
public sealed record ContentError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
