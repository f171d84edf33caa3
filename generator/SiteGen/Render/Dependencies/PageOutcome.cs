using SiteGen.Write;

namespace SiteGen.Render.Dependencies;

/// <summary>A page of this build: rendered now, or unchanged since the last build and left as it was written.</summary>
/// <param name="File">The page's bytes when rendered now and not already written.</param>
internal sealed record PageOutcome(string OutputPath, PageRecord Record, OutputFile? File, bool Rendered);
