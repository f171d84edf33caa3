namespace SiteGen.Render.Dependencies;

/// <summary>What a page was made from besides its own job: the view members it read, and the template files it used.</summary>
internal sealed record PageDependencies(IReadOnlyList<ViewRead> Reads, IReadOnlyList<string> Templates);

/// <summary>One member of an identified view that a page read, and its fingerprint at the time.</summary>
internal readonly record struct ViewRead(string Key, string Member, ulong Value);
