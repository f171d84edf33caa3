namespace SiteGen.Style;

/// <summary>One colour site.yml's <c>style:</c> sets (<c>accent: "#2f6f62"</c>), with where it is written.</summary>
public sealed record StyleColor(string Key, string Value, int Line, int Column);
