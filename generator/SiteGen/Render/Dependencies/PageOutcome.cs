using SiteGen.Write;

namespace SiteGen.Render.Dependencies;

/// <summary>A page of this build: rendered now (<see cref="File"/> set), or unchanged since the last build and left as it was written.</summary>
internal sealed record PageOutcome(string OutputPath, PageRecord Record, OutputFile? File);
