namespace SiteGen.Render.Dependencies;

/// <summary>What a page was made from besides its own job: the view members it read, and the template files it used.</summary>
/// <param name="Reads">The members read, as numbers of the session's <see cref="DependencyTable"/>.</param>
/// <param name="Values">Each member's fingerprint when the page rendered.</param>
internal sealed record PageDependencies(int[] Reads, ulong[] Values, IReadOnlyList<string> Templates);
