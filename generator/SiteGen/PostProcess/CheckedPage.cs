namespace SiteGen.PostProcess;

/// <summary>
/// A rendered page and who made its parts: the layout that produced it and, for articles and pages,
/// the content file whose body it shows. A broken link is blamed on the content file when it comes
/// from the body, else on the layout.
/// </summary>
public sealed record CheckedPage(string OutputPath, string Html, string LayoutFile, string? SourceFile = null, string? BodyHtml = null);
